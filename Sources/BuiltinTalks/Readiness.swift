// The readiness check, placed before every talk. Written by the content pass; see docs/talk-language.md.
let readinessSource = #"""
step ready "Before we start" unnumbered
  ask ready-adult yesno "Are you 18 or older?" required
"""#
