// The debrief talk, for after a session. See docs/talk-language.md and docs/coverage.md.
//
// Privacy in a together talk: the red-flag questions (step `stopping`) are private and never revealed; a
// flag is shown to the person whose answer raised it, in their own turn. Any `say` that depends on a
// private answer sits between two questions of the same private run, so it is only ever shown to the
// person who gave that answer. Nothing outside a private run depends on a private answer, and no private
// question is asked only on a condition, since the other person's progress count ("2 of 5") would show it.
let debriefSource = #"""
talk debrief "Talking it over afterwards" version 1
about "For after you've been together: how you feel now, what felt good or off, what to change, and whether your agreements held."

# ---------------------------------------------------------------------------------------------------
step now "How you feel now"
  say "This is for after you've been together, once you've had a moment to settle. Get some water, get comfortable,"
    "and take your time."
  say "There's no right way for it to have gone. The point is to understand each other, not to grade anything."
    "You can skip anything with ':skip', and stop at any time by typing 'red'."
  say when mode == together
    "You'll each answer these first questions on your own. Only what would help you right now is shown to you both."

  ask feel-now choices "How are you feeling in yourself, right now?"
    option good "Good, happy"
    option close "Close and connected"
    option calm "Calm or relaxed"
    option tired "Tired"
    option shaky "Shaky or tearful"
    option low "Low or flat"
    option uneasy "Uneasy, or not sure how I feel"
    why "Intense sex can leave strong feelings behind, good or hard. Noticing them is the first step to looking after them."
    help "Pick as many as fit. Any mix is normal."
  say when feel-now contains shaky or feel-now contains low or feel-now contains uneasy
    "That's common after intense sex. As the rush wears off, people can feel shaky, tearful or low,"
    "sometimes a day or two later. Warmth, water, something to eat, rest and a bit of comfort all help."
    "If the feeling stays with you or gets heavier, talking to a counsellor can help."

  ask body choices "And your body: is anything sore, marked or hurting?"
    option fine "I feel fine"
    option sore "Sore or tender"
    option bruises "Bruises or marks"
    option scrapes "Scratches, scrapes or bites"
    option bleeding "Some bleeding"
    option pain "Pain that worries me"
    why "Small knocks are common after rough sex, and a few things need a closer look. Better to check now than to worry later."
    help "Pick as many as fit."
  say when body contains sore or body contains bruises
    "For soreness and bruises: a cold pack wrapped in a cloth, rest, and an anti-inflammatory painkiller"
    "such as ibuprofen if that suits you. Most marks fade within a week or two."
  say when body contains scrapes
    "For scratches, scrapes or bites: wash them gently, put on some antiseptic ointment and cover them with a plaster."
    "If one gets hot, swollen or starts to ooze, or a bite went deep, see a doctor."
  say when body contains bleeding
    "A little light spotting after rough sex can happen. Heavy bleeding, or bleeding that won't stop, is different:"
    "get medical help straight away, and call your local emergency number if it's severe."
  say when body contains pain
    "Pain that is sharp, getting worse or worrying you deserves a proper look: see a doctor."
    "If it's severe or sudden, call your local emergency number."
  say "If there was any pressure on the neck, get medical help straight away for a headache, trouble breathing"
    "or swallowing, a changed voice, confusion or feeling faint, even hours later."

  ask need-now text "What would help you most right now?"
    optional
    reveal
    why "Care afterwards works best when you say what you need, rather than hoping the other person guesses."
    help "Water, a snack, a cuddle, some quiet, a shower, some time alone: whatever you need."
      "In a talk together, this is shown to you both. Press Enter to skip."

# ---------------------------------------------------------------------------------------------------
step look-back "Looking back"
  say "Now, looking back on it. Be honest and specific, and kind, to yourself as well."
    "When you talk it over with each other, listen without getting defensive, and take each other's feelings"
    "seriously, even the ones that surprise you."
  say when mode == together
    "Answer on your own first. Then you'll see each other's answers side by side."

  ask felt-good list "What felt good?"
    optional
    reveal
    why "Starting with what worked is easier, and it shows what to keep."
    help "Big or small: a moment, a touch, something that was said. One per line, and an empty line to finish."

  ask felt-off list "What felt off, awkward or not quite right?"
    optional
    reveal
    why "Awkward moments are normal, especially with something new. Naming them kindly is how things get better."
    help "Small things count too. If something felt seriously wrong, a few questions later on ask about that,"
      "and your answers to those are not shown side by side. One per line, and an empty line to finish."

  ask change list "What would you change next time?"
    optional
    reveal
    why "One or two small changes are easier to try than a whole new plan."
    help "Slower, lighter, more checking in, a different order, something to leave out. One per line, and an empty line to finish."

  ask aftercare-enough choice "Was the care afterwards enough for you?"
    reveal
    option yes "Yes, it was just right"
    option more "I'd have liked a bit more"
    option different "I'd have liked something different"
    option none "There wasn't really any"
    why "People need different things afterwards, and it can change from one time to the next."
    help "There's no wrong answer. Whoever was in charge may need care afterwards too."

  ask aftercare-wish text "What would you like afterwards next time?"
    when aftercare-enough in [more, different, none]
    optional
    reveal
    why "Saying exactly what helps means the other person doesn't have to guess."
    help "For example: being held, a drink and a snack, kind words, quiet, or some time alone. Press Enter to skip."

# ---------------------------------------------------------------------------------------------------
step stopping "Safe word and limits"
  say "These last questions are about your safe word and your limits. Answer honestly: if something went wrong,"
    "it isn't your fault for saying so."
  say when mode == together
    "Your answers here are private. They are not shown side by side."

  ask stop-used yesno "Did you use your safe word, 'red' or your signal this time?"
    why "Needing to stop is part of how this works. It's worth checking that it worked the way it should."
    help "Answer yes if you tried to use it, even if it wasn't noticed."

  # Asked of everyone, whatever the answer above: a question asked only after a yes would change the
  # "3 of 6" count the other person sees in their own turn, and give the yes away.
  ask safeword-ignored yesno "Was your safe word or signal ever ignored, or did things carry on after you used it?"
    why "A safe word only keeps you safe if it's respected, every time."
    help "Answer yes if things kept going once it was clear you meant stop. If you didn't need it, answer no."
  flag ignored-safe-word when safeword-ignored == yes "That's a warning sign, and it isn't your fault."
    "A safe word or signal has to mean stop, every single time. You don't have to have sex again until this"
    "is sorted out, or at all. A counsellor or sex therapist can help you think it through, and a"
    "sexual-assault or domestic-abuse helpline where you live can listen and help."
    "If you're in danger right now, call your local emergency number."
  say when stop-used == yes and safeword-ignored == no
    "Good: stopping when asked is exactly what a safe word is for. Using it is never a failure."

  ask pressured yesno "Did you feel pressured into anything you didn't want to do?"
    why "Consent has to be given freely. Feeling pushed matters, even if it was subtle."
    help "Answer yes if you went along with something because you felt you had to."
  flag felt-pressured when pressured == yes "Feeling pressured is a warning sign, and it isn't your fault."
    "You're allowed to say no, and to change your mind at any point. A counsellor or sex therapist can help"
    "you make sense of it, and a sexual-assault or domestic-abuse helpline where you live can listen and help."
    "If you're in danger right now, call your local emergency number."

  ask beyond-agreed yesno "Did anything go further than what you'd agreed beforehand?"
    why "Limits agreed beforehand are there to be kept, not stretched in the moment."
    help "Answer yes if something happened that you hadn't agreed to, even if it seemed small."
  flag went-past-limits when beyond-agreed == yes "Going past what you'd agreed is a warning sign."
    "Your limits are yours, and they should be respected every time. It's fine to hold off on sex until you've"
    "talked it through. A counsellor or sex therapist can help, and a sexual-assault or domestic-abuse helpline"
    "where you live can listen and help. If you're in danger right now, call your local emergency number."

  ask hurt yesno "Were you hurt, in your body or your feelings, in a way you hadn't agreed to?"
    why "Getting hurt in a way you didn't agree to is never just part of the game."
    help "Answer yes if anything hurt more, or differently, than you had agreed."
  flag got-hurt when hurt == yes "Being hurt in a way you didn't agree to is a warning sign, and it isn't your fault."
    "If you're injured, see a doctor, and get medical help straight away for heavy bleeding or anything that worries you."
    "A counsellor, or a sexual-assault or domestic-abuse helpline where you live, can listen and help."
    "If you're in danger right now, call your local emergency number."

  say when safeword-ignored == yes or pressured == yes or beyond-agreed == yes or hurt == yes
    "You don't have to decide anything now. If you want to raise it with {partner}, and it feels safe to,"
    "choose a calm time to talk, not the heat of the moment. Say how you feel, and notice how they respond:"
    "do they listen and apologise, or get defensive, or brush it off? Some people find it helps to talk to"
    "a therapist first, to sort out their own feelings. If you feel unsafe, a sexual-assault or domestic-abuse"
    "helpline where you live can listen and help, and your local emergency number is there if you're in danger."

  ask note-to-self lines "Is there anything else about this time you'd like to write down, just for you?"
    optional
    why "A few words in your own voice help you remember how it really felt, when you look back."
    help "This is not shown side by side. Press Enter on an empty line to skip."

# ---------------------------------------------------------------------------------------------------
step next "Next time"
  say "Consent is given each time, and it can change. What you enjoyed this time isn't a promise for next time,"
    "and either of you can change your mind."

  ask revisit choice "When would you like to go over your agreements again?" both
    option before-next "Before we're together again"
    option check-in "At our next check-in"
    option when-asked "Whenever either of us asks"
    why "Agreements should keep up with what you learn. Picking a time means nobody has to bring it up alone."
    help "You can always talk sooner. Candor's short check-in talk is one way: 'candor together --talk check-in'."

  # The close is the same for everyone: in a together talk both read it, and it must neither depend on nor
  # hint at anyone's private answers. So it is sober enough to fit someone who has just recorded a warning sign.
  say "If anything about this time felt wrong, it's OK to clear the air before you have sex again, and to take"
    "as long as that needs. Nobody owes anyone another time. A counsellor or sex therapist can help you talk it through."
  say "Thank you for talking it over. Whatever came up, you don't have to settle all of it today."
    "Look after yourself."
"""#
