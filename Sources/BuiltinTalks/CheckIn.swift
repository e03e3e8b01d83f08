// The short check-in talk, for keeping talking. See docs/talk-language.md and docs/coverage.md.
// In a together talk the conditions on private answers sit between questions of the same person's turn,
// so what one person answered only ever shapes what that same person is shown; no private question is asked
// only on a condition, since the other person's progress count would show it.
let checkInSource = #"""
talk check-in "A quick check-in" version 1
about "Five minutes on how things are going: more of, less of, whether your agreements still fit, and when to talk next."

# ---------------------------------------------------------------------------------------------------
step lately "How things are going"
  say "This is a quick check-in: a handful of questions, about five minutes. Nothing has to be fixed or decided today."
  say "You can skip anything with ':skip', and stop at any time by typing 'red'."
  say when mode == together
    "You'll each answer on your own first. Then what you'd like more of and less of is shown to you both, side by side."

  ask lately scale 1 5 "How have you been feeling about your sex life lately?"
    label 1 "Not good"
    label 2 "Not great"
    label 3 "Somewhere in between"
    label 4 "Good"
    label 5 "Really good"
    why "A quick sense of how things feel, before any details, helps you notice what matters most right now."
    help "There's no right number: go with your first feeling. This number isn't one of the answers shown side by side."
  say when lately <= 2
    "Thanks for being honest. A low patch is common, and it doesn't mean anything is wrong with you."
    "The next questions may help you put it into words. If it's been hard for a while, a couples counsellor"
    "or sex therapist can help you both talk about it."

  ask more list "Is there anything you'd like more of?"
    optional
    reveal
    why "Asking for more of something is often the easiest way to start saying what you want."
    help "Anything at all: time together, a kind of touch, something you both enjoyed, more talking."
      "One per line, and an empty line to finish. Nothing is a fine answer too."

  ask less list "And anything you'd like less of, or to leave out for now?"
    optional
    reveal
    why "Wants change over time. Saying so early keeps small things small."
    help "It's fine to go off something you used to enjoy. You don't need to give a reason."
      "One per line, and an empty line to finish."

  say "It's normal for two people to want different things, and for what you want to change over time."
    "Nobody has to agree to anything here. This is only about knowing where you each are."

# ---------------------------------------------------------------------------------------------------
step changes "What's changed"
  say "Consent is given each time, and it can change. Something you agreed to before is worth checking,"
    "not something anyone owes."

  ask agreements-fit yesno "Do your agreements still feel right to you: your safe word, your signals and your limits?"
    why "What felt right a while ago may not feel right now, and that's fine. Agreements only help if they still fit."
    help "If you haven't agreed on these yet, answer no. The next question asks what you'd like to change or agree on."

  # Asked of everyone (Enter skips it): a question asked only after a "no" would change the "2 of 4" count
  # the other person sees in their own turn, and give the "no" away before the reveal.
  ask agreements-change lines "Is there anything you'd like to change, or to agree on?"
    optional
    reveal
    why "Saying exactly what you'd change makes it simple to update what you've agreed."
    help "For example a new safe word, a clearer signal, a new limit, or one you'd like to loosen."
      "In a talk together, this is shown to you both afterwards. Press Enter on an empty line to skip."

  ask changed choices "Has anything changed for you lately?"
    option health "My health or my body"
    option stress "Stress, sleep or energy"
    option desire "How much I want sex, or what I want"
    option boundaries "My limits or boundaries"
    option life "Something else in my life"
    option nothing "Nothing much"
    optional
    why "Health, stress and desire all shift over time, and any of them can change what feels good."
    help "Pick as many as fit. These choices aren't among the answers shown side by side."
  say when changed contains boundaries
    "If your limits have changed, the new ones count from now on, whatever you agreed to before."

  ask changed-share lines "Is there anything about how things are for you right now that you'd like to share?"
    optional
    reveal
    why "A partner can only make room for what they know about."
    help "Share only what you want to. In a talk together, this is shown to you both afterwards."
      "Press Enter on an empty line to skip."

# ---------------------------------------------------------------------------------------------------
step next "Next time"
  say "Checking in now and then keeps small things from growing, and makes the next talk easier to start."

  ask next-check-in date "When would you like to check in again?" both
    why "With a date set, neither of you has to be the one who brings it up."
    help "Type it the way you'd say it: 'saturday 7pm', 'tomorrow 19:30' or '2026-12-01 18:00'."
      "Pick a calm moment, not right before or during sex."
    reflect "Your next check-in: {next-check-in}."

  say "That's the check-in done. Thank you for making the time."
  say "Remember that a yes last time isn't a yes next time: either of you can change your mind, whenever you need to."
    "If something came up that feels hard to talk about, a couples counsellor or sex therapist can help."
"""#
