// The readiness check, placed before every talk. Written by the content pass; see docs/talk-language.md
// and docs/coverage.md. Steps only, no `talk` header; every id starts with `ready-`.
let readinessSource = #"""
# The readiness check: both adults, sober, here by choice, somewhere private. Practising alone, also
# whether the partner is an adult and whether one of them has power over the other (consent can't be given
# freely by someone underage, or across an uneven power balance).
# Any "no" ends the talk, kindly, before anything personal is asked.

step ready "Before we start" unnumbered
  say "Before we begin, a few quick checks. They keep this talk safe and fair for everyone in it."
  say "You're in charge the whole time, and anyone can pause or stop. Type 'red' to stop at once,"
    "'yellow' to slow down or take a break, ':pause' to save and come back later, or ':help' to see all the keys."

  ask ready-adult yesno "Are you 18 or older?"
    age 18
    required
    why "Candor is made for adults. Only adults can agree to the things this talk is about."
    help "Answer yes or no, or type your age."
  stop when ready-adult == no "Candor is only for adults, so we'll stop here. That's nothing to feel bad about."
    "If you have questions about sex or relationships, a doctor, a school nurse or a youth counselling"
    "service can help, in confidence."

  # Practising alone, the partner isn't here to answer for themselves.
  ask ready-partner-adult yesno "Is the person you'd like to have this talk with 18 or older?"
    when mode == practice
    age 18
    required
    why "Someone under 18 can't give consent to sex with an adult, whatever they say or seem to want."
    help "Answer yes or no, or type their age. If you don't know for sure, answer no for now."
  stop when ready-partner-adult == no "Then we'll stop here. Someone under 18 can't give consent to sex with an adult,"
    "whatever they say or seem to want, so Candor won't help plan it. If you're not sure how old they are,"
    "find out before anything else happens. If you'd like to talk this through with someone, a counsellor or"
    "a doctor can listen in confidence."

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

  # Practising alone only: in a talk together, the person with less power may be sitting right there.
  ask ready-power choice "Does either of you have power over the other in everyday life? For example, one is the other's boss, teacher or landlord, or controls their money, their home or their immigration papers."
    when mode == practice
    required
    option none "No, nothing like that"
    option mine "Yes, I have that kind of power over them"
    option theirs "Yes, they have that kind of power over me"
    option unsure "I'm not sure"
    why "A yes only counts when it's given freely. When someone's job, studies, money, home or right to stay"
      "depends on the other person, saying no can feel too risky, and a free yes is hard to give."
    help "Ask yourself whether each of you could say no without worrying what it might cost."
      "Sharing money or a home as equals isn't what this means."
  stop when ready-power == mine "Thank you for being honest. When someone depends on you for their job, their studies,"
    "their money, their home or their papers, a free yes is very hard for them to give: saying no can feel as if"
    "it might cost them something, even if you would never hold it against them. So Candor won't help plan this"
    "while that's the case. If you'd like to think it through, a counsellor can help, in confidence."
  flag ready-power-over-you when ready-power == theirs "That's a warning sign, and worth taking seriously."
    "When someone has power over your job, your studies, your money, your home or your papers, it can be very hard"
    "to say no freely. You don't owe anyone a yes, and you can stop here. A counsellor, or a sexual-assault or"
    "domestic-abuse helpline where you live, can help you think it through. If you're in danger right now,"
    "call your local emergency number."
  say when ready-power == unsure
    "Then ask yourself whether each of you could say no to the other without worrying what it might cost:"
    "a job, a grade, money, a home or papers. If not, a free yes is hard to give, and it's worth talking it"
    "through with a counsellor before going further."

  ask ready-place yesno "Are you somewhere private and calm, where nobody will interrupt or overhear you?"
    required
    why "It's much easier to be honest when you know nobody else is listening."
    help "A closed door and a bit of time to yourselves is enough."
  stop when ready-place == no "Let's wait for a better moment, then. Come back when you have somewhere private"
    "and a little unhurried time, and start again then."

  say "Thank you, you're ready. Take your time with each question: there are no wrong answers,"
    "and you can stop whenever you like."
"""#
