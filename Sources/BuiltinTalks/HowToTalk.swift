// The default talk. Written by the content pass; see docs/talk-language.md and docs/coverage.md.
let howToTalkSource = #"""
talk how-to-talk "Talking about sex" version 1
step write "Write it down"
  ask opener lines "How would you open the talk, in your own words?"
"""#
