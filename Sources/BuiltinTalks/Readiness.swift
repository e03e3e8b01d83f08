// The readiness check, placed before every talk. Written by the content pass; see docs/talk-language.md
// and docs/coverage.md. Steps only, no `talk` header; every id starts with `ready-`.
let readinessSource = #"""
# The readiness check: both adults, sober, here by choice, somewhere private.
# Any "no" ends the talk, kindly, before anything personal is asked.

step ready "Before we start" unnumbered
  say "Before we begin, a few quick checks. They keep this talk safe and fair for everyone in it."
  say "You're in charge the whole time, and anyone can pause or stop. Type 'red' to stop at once,"
    "'yellow' to slow down or take a break, ':pause' to save and come back later, or ':help' to see all the keys."

  ask ready-adult yesno "Are you 18 or older?"
    required
    why "Candor is made for adults. Only adults can agree to the things this talk is about."
    help "Answer yes or no."
  stop when ready-adult == no "Candor is only for adults, so we'll stop here. That's nothing to feel bad about."
    "If you have questions about sex or relationships, a doctor, a school nurse or a youth counselling"
    "service can help, in confidence."

  ask ready-sober yesno "Are you sober right now, with no alcohol or drugs affecting you?"
    required
    why "Agreeing to anything about sex needs a clear head. Alcohol and drugs cloud that, even in small amounts."
    help "If you've had a drink or taken something that's still affecting you, the honest answer is no. That's fine."
  stop when ready-sober == no "Thanks for being honest. Agreeing on things like this needs a clear head, so let's"
    "not go on right now. Come back another time, when everyone is sober, and start again then."

  ask ready-choice yesno "Are you here because you want to be, with no pressure from anyone?"
    required
    why "A talk about consent only works if nobody is being pushed into it."
    help "Feeling nervous is normal and fine. This is about whether you chose to be here."
  stop when ready-choice == no "Then this isn't the right moment, and that's OK. Nobody should be talked into"
    "this conversation, and you don't owe it to anyone. If someone is pressuring you, that isn't OK:"
    "a counsellor, or a sexual-assault or domestic-abuse helpline where you live, can listen and help."
    "If you're in danger right now, call your local emergency number."

  ask ready-place yesno "Are you somewhere private and calm, where nobody will interrupt or overhear you?"
    required
    why "It's much easier to be honest when you know nobody else is listening."
    help "A closed door and a bit of time to yourselves is enough."
  stop when ready-place == no "Let's wait for a better moment, then. Come back when you have somewhere private"
    "and a little unhurried time, and start again then."

  say "Thank you, you're ready. Take your time with each question: there are no wrong answers,"
    "and you can stop whenever you like."
"""#
