// The default talk. Written by the content pass; see docs/talk-language.md and docs/coverage.md.
// In a together talk both people read every shared screen: what is worded for one person preparing to talk
// to a partner (opening the talk, inviting them, picking a time for it) is asked practising alone only,
// and a together question of its own, with its own id, takes its place where one is needed.
let howToTalkSource = #"""
talk how-to-talk "Talking about sex" version 1
about "Write down what you want, pick a good time, get clear on words, limits and signals, and keep talking."

# ---------------------------------------------------------------------------------------------------
# The activities to rate in step 1. Labels are generic: no products or brands.

catalog acts "Things you might like to try"
  item hair-pulling "Hair pulling" roles giving receiving
    note "A grip close to the scalp spreads the pull. Tugging on the ends hurts far more than most people expect."
  item spanking "Spanking or paddling" roles giving receiving
    note "Aim for fleshy areas like the buttocks and thighs. Keep away from the lower back, spine and kidneys."
  item pinning "Pinning wrists or body down" roles giving receiving
    note "Hold firmly without crushing. Keep weight off the chest and neck, so breathing stays easy."
  item scratching-biting "Scratching or biting" roles giving receiving
    note "These can leave marks. Worth saying whether marks are welcome, and where they can or can't show."
  item rough-thrusting "Rough or fast thrusting"
    note "Friction builds quickly: more lube helps, and condoms take extra strain."
  item dirty-talk "Dirty talk about power or control" roles giving receiving
    note "Agree on which words are welcome and which are off limits, and whether 'no' or 'stop' could be part of the game."
  item restraints "Restraints or cuffs" roles giving receiving
    note "Only use restraints that open quickly, and never leave someone who is tied up alone."
  item impact-toys "Impact toys like paddles or floggers" roles giving receiving
    note "Begin much softer than feels necessary and work up from there. A blow can't be taken back."
  item light-choking "Light choking" roles giving receiving high-risk
    caution "Pressure on the neck can cut off blood or air within seconds and cause harm you can't see,"
      "even when it feels gentle. There is no fully safe way to do it. If it's on your list at all,"
      "talk it through in detail first, go far more gently than you think, and stop at the very first sign of trouble."
  item role-play "Role play or power exchange" roles leading following
    note "One of you takes charge for a while. Leading means being in charge; following means handing over control. Either of you can end it at any moment."
  item toys "Sex toys"
    note "Toys need cleaning after every use, following their own care instructions."

# ---------------------------------------------------------------------------------------------------
step write "Write it down"
  say "Let's start by writing things down. Putting it into words first makes it much easier to say out loud later."
  say "There are no wrong answers here, and you can skip anything with ':skip'."
  say when mode == together
    "You'll each answer this part on your own, in turn. From your lists, only what you both said yes or maybe"
    "to is shown to you both afterwards."

  ask opener lines "How would you open the talk with {partner}, in your own words?"
    when mode == practice
    why "Having your first sentence ready takes a lot of the nerves out of starting."
    help "A sentence or two is plenty: why you'd like to talk, and that you want to hear their side too."
      "You can reword it as often as you like. Finish with an empty line."

  ask motivation lines "What draws you to this? What are you hoping it adds, for you or for the two of you?"
    why "Knowing your own reasons helps you explain them, and helps your partner see what this is really about."
    help "Excitement, closeness, trust, curiosity, a fantasy you've had for a while: any reason is a fine reason."
      "Finish with an empty line."

  ask experience choice "How much experience do you have with rougher or more intense sex?"
    option new "New to this"
    option some "Some experience"
    option experienced "Experienced"
    why "It changes the tips Candor gives you along the way."
    help "There's no better or worse answer. Pick whatever feels closest."

  say when experience == new
    "Since this is new for you: go lighter than you think, keep things short, and check in often."
    "Expect a bit of fumbling early on. Everyone goes through it, and laughing or talking about it helps."
  say when experience == some
    "Build on what you already know works for you, and add one new thing at a time."
  say when experience == experienced
    "With experience you can layer sensations, or combine things like restraint and impact."
    "Still build up gradually, and still use your safe word every single time:"
    "however much you've done, consent comes first."

  say "Next comes a list of things people sometimes enjoy. Rate each one for yourself: yes, maybe,"
    "fantasy only, no, or not sure. Things you can give and receive are rated separately."
  say "Leave anything blank if you like. A blank, or 'not sure', is kept apart from 'no' and never counts as one."

  ask acts rate acts as yes maybe fantasy no unsure "How do you feel about each of these?"
    why "A list shows where you already agree, before anyone has to say no out loud."
    help "Yes: you'd like to try it. Maybe: you'd consider it. Fantasy only: fun to think about, not to do."
      "No: not for you. Not sure: you don't know yet. Blank is fine too."
    additions "Anything else you'd add? Type one per line, and an empty line to finish."

  say when acts.light-choking in [yes, maybe]
    "You marked light choking as something you'd try or consider. It's the riskiest thing on this list:"
    "read the caution again, and talk it through with {partner} before anything else."
    "Many people decide to keep it a fantasy, and that's a good choice too."

  say "A lot of what's shown in porn is staged and risky to copy. Go gently at first: try one new thing,"
    "talk about how it felt, and only then add another."

# ---------------------------------------------------------------------------------------------------
step time "Pick the right time"
  say when mode == practice
    "A talk like this goes best when it's planned. Don't bring it up in the middle of sex, and don't catch"
    "{partner} off guard with it."
  say when mode == practice
    "Let them know you'd like a chat about sex and what you both enjoy, then find a time that works for you both."
  say when mode == together
    "You're already talking, which is great. Talks like this go best when they're planned, not sprung on anyone"
    "or started in the middle of sex, so pick a time now for the next one, to see how things are going."

  ask next-talk date "When would you like to talk again?" both
    when mode == together
    why "With a time agreed, neither of you has to be the one who brings it up."
    help "Type it the way you'd say it: 'saturday 7pm', 'tomorrow 19:30' or '2026-12-01 18:00'."
      "Choose a time when you're both rested, sober and not in a rush."
    reflect "Your next talk: {next-talk}."

  ask when date "When would be a good time to sit down and talk?" both
    when mode == practice
    why "A set time means you both arrive expecting it, and ready to listen."
    help "Type it the way you'd say it: 'saturday 7pm', 'tomorrow 19:30' or '2026-12-01 18:00'."
      "Choose a time when you're both rested, sober and not in a rush."

  ask where text "Where will you talk?" both
    when mode == practice
    optional
    why "Somewhere relaxed and private makes it easier to be honest."
    help "Somewhere nobody will walk in or overhear: a walk, the sofa, a quiet evening in."
      "Better not in bed right before sex."

  ask length choice "How much time would you like to set aside?" both
    when mode == practice
    option short "About 15 minutes"
    option half-hour "About 30 minutes"
    option hour "About an hour"
    option open "Open-ended: as long as it takes"
    why "Knowing how long you have helps you both relax into it."
    help "A short first talk is fine. You don't have to cover everything at once."

  ask invitation lines "Draft a short message inviting your partner to talk."
    when mode == practice
    default "I'd love to set aside some time to talk about our sex life: what we both enjoy, and what we might like"
      "to try. Would {when} work for you? No pressure at all, and we can stop whenever either of us wants."
    why "A calm message ahead of time means the talk isn't sprung on anyone."
    help "Keep it light and low-pressure: what you'd like to talk about, a suggested time, and that they're free"
      "to say no or pick another time. Press Enter to keep the suggestion shown."

  say when mode == practice
    "Be ready for any answer. Your partner might be curious, surprised or simply not interested, and all of"
    "those are fine. The aim is to understand each other, not to win."
  say "If a talk like this ever feels too hard to have on your own, a couples counsellor or sex therapist can help."

# ---------------------------------------------------------------------------------------------------
step clear "Be clear"
  say "Now the details. Being specific about what you do and don't want keeps everyone comfortable and safe."

  ask dos list "What would you specifically like? List your do's, one per line."
    reveal
    why "Saying exactly what you'd like means your partner doesn't have to guess."
    help "Be concrete, like 'hold my wrists down' or 'tell me what to do'. An empty line finishes the list."

  ask donts list "And your don'ts: things you'd rather avoid, or only want in certain ways?"
    reveal
    why "Don'ts are often just as useful as do's, and easier to say now than in the moment."
    help "For example 'no marks where they'd show' or 'nothing near my face'. An empty line finishes the list."

  ask hard-limits list "What are your hard limits: things that are off the table, no matter what?"
    reveal
    why "A hard limit isn't up for discussion in the moment. Writing them down means nobody has to guess."
    help "Anything at all can be a hard limit, and you don't need to explain why. One per line, then an empty line."

  ask triggers lines "Is there anything from past experiences, like words, touches or situations, that upsets you and is worth keeping in mind?"
    optional
    why "Knowing about these ahead of time helps avoid painful surprises."
    help "Write only what you're comfortable writing. In a talk together, this stays with you: it isn't shown"
      "side by side, and you can tell {partner} about it whenever you choose. Press Enter on an empty line to skip."

  ask limits-pushed yesno "Has your partner ever pushed past a limit you set, or pressured you into something you didn't want?"
    when mode == practice
    optional
    why "Some things are warning signs, and Candor would rather say so than stay quiet."
    help "Answer only if you want to. This stays private on this computer."
  flag limits-pushed-before when limits-pushed == yes "That's a warning sign. Limits are there to be respected, every time,"
    "and you deserve to feel safe. You don't have to go ahead with this talk or anything else."
    "A counsellor, or a sexual-assault or domestic-abuse helpline where you live, can help you think it through."
    "If you're in danger right now, call your local emergency number."

  say "Words like 'rough', 'forceful' or 'kinky' mean very different things to different people."
    "Say what each one means to you, so neither of you is guessing."

  ask define-rough text "What does 'rough' mean to you?"
    reveal
    optional
    why "One person's 'rough' is firm hands and a faster pace; another's is much more intense."
    help "A few words is enough. Press Enter to skip a word that doesn't matter to you."
  ask define-forceful text "What does 'forceful' mean to you?"
    reveal
    optional
    why "Words like this can sound alarming or exciting depending on who hears them. Better to say what you mean."
    help "For example: how strong, how fast, how much in charge. Press Enter to skip."
  ask define-kinky text "And what does 'kinky' mean to you?"
    reveal
    optional
    why "'Kinky' can mean anything from a blindfold to a whole set of rules. Saying yours avoids surprises."
    help "A few words is enough. Press Enter to skip."

  ask intensity scale 1 5 "How intense would you like things to be, to begin with?"
    reveal
    label 1 "Very gentle"
    label 2 "A little rough"
    label 3 "Medium"
    label 4 "Quite intense"
    label 5 "Very intense"
    why "Agreeing on a starting point means nobody gets a surprise. You can always build up later."
    help "Pick where you'd like to start, not where you might end up. 1 is very gentle, 5 very intense."
  say when experience == new and intensity >= 4
    "Since this is new for you, think about starting a notch or two lower. It's easy to build up from there."

  say "A safe word is a word either of you can say to stop everything straight away, and nobody has to explain why."
    "Pick something you'd never say in bed by accident."
  ask safeword word "What will your safe word be?" both
    why "In the heat of the moment, one clear word that means stop is the simplest protection there is."
    help "Short, unusual, easy to remember and hard to mishear, like a colour or a fruit. One word, no spaces."
    # Words said in play, or that mean "go on" or "slow down": none of them can also mean stop.
    # ('red' needs no entry here: Candor treats it as a stop and asks before taking it as an answer.)
    warn no stop dont please wait enough more harder faster again yes ok okay go green yellow ow ouch
      "Words like 'no', 'stop', 'don't', 'please', 'more' or 'yes' are easy to say in the heat of the moment"
      "without meaning stop, and 'green' and 'yellow' already mean go on and slow down."
      "A safe word works best when it only ever means one thing: stop. Pick a word you'd never say in bed by accident."
    reflect "So your safe word is {safeword}."
  flag safeword-refused when safeword refused "{partner} didn't agree to a safe word. Someone who won't agree to a way"
    "to stop is showing you something important, and it's a warning sign. You deserve to be able to stop anything,"
    "at any moment, and to be heard when you do. You don't have to go on with this talk, or with anything else."
    "A counsellor, or a sexual-assault or domestic-abuse helpline where you live, can help you think it through."
    "If you're in danger right now, call your local emergency number."

  ask partner-safeword choice "Do you think your partner will be willing to use a safe word?"
    when mode == practice
    option yes "Yes, or I expect so"
    option unsure "I don't know yet"
    option refused "No, they've refused"
    why "Someone who won't agree to a way to stop is telling you something important."
    help "If you haven't asked yet, 'I don't know yet' is the right answer."
  flag refuses-safeword when partner-safeword == refused "A partner who won't use a safe word is a warning sign."
    "You deserve to be able to stop anything, at any moment, and to be heard when you do."
    "It's OK to step back from this. A counsellor, or a sexual-assault or domestic-abuse helpline where you live,"
    "can help you think it through. If you're in danger right now, call your local emergency number."

  say "Many people also use a traffic light. Green: all good, keep going. Yellow: slow down or ease off."
    "Red: stop, right now."
  ask traffic-light yesno "Would you like to use the traffic light, as well as the safe word?" both
    why "It lets either of you say 'a bit less' without stopping everything."
    help "Red works just like the safe word: everything stops."

  ask stop-promise yesno "Do you both promise to stop at once, without arguing, whenever the safe word, 'red' or your signal is used?" both
    when mode == together
    why "A way to stop only works if it's always honoured."
    help "Answer honestly. There's no pressure either way."
  flag stop-refused when stop-promise refused "{partner} didn't promise to stop when asked. That's a warning sign."
    "Everyone deserves to be able to stop, and to be heard when they do. It's fine to pause or stop this talk here,"
    "and you don't owe anyone anything. A counsellor or sex therapist can help, and a sexual-assault or"
    "domestic-abuse helpline where you live is there if you feel unsafe."
    "If you're in danger right now, call your local emergency number."

  ask signal text "What will your non-verbal signal be, for when one of you can't speak?" both
    why "Being overwhelmed, or having your mouth covered, can make words impossible. A signal still works."
    help "Something clear that's easy with one hand: tapping three times, dropping an object you're holding,"
      "or snapping your fingers."
    reflect "So your signal is: {signal}."

  say "Alcohol and drugs blur judgement, make it harder to read each other, and make clear consent harder to give."
  ask sober-play yesno "Will you stay sober whenever you play like this?" both
    why "Being clear-headed is how you notice when something isn't right, and stop in time."
    help "Answer honestly. There's no wrong answer here."
  say when sober-play == no
    "That's yours to decide together. Know that it makes it harder to notice trouble and stop in time:"
    "keep the intensity down, and never mix drugs with alcohol or with other drugs."

  say "Hard, fast sex is tougher on condoms, so it's worth choosing a sturdier, thicker type."
    "And don't skimp on lube: friction adds up quickly, so use more than usual."
  ask safer-sex choices "What would you like to agree on for safer sex?"
    option condoms "Condoms, a sturdier and thicker type"
    option lube "Plenty of lube"
    option tests "STI tests before we play"
    option barriers "Dental dams or gloves"
    option other "Something else we'll talk about"
    optional
    reveal
    differ "You've each picked something different for safer sex. Settle this between you before you play:"
      "each of you is allowed to insist on protecting your health, and the more careful choice is the one to go with."
    why "Looking after each other's health is part of looking after each other."
    help "Pick as many as you like. In a talk together, your choices are shown to you both, side by side."

  ask partner-safer-sex choice "Do you think your partner will agree to safer sex with you?"
    when mode == practice
    option yes "Yes, or I expect so"
    option unsure "I don't know yet"
    option refused "No, they won't"
    why "How someone responds to protecting your health says a lot."
    help "If you haven't asked yet, 'I don't know yet' is the right answer."
  flag refuses-safer-sex when partner-safer-sex == refused "A partner who won't agree on safer sex is a warning sign."
    "Your health matters, and you're allowed to insist on it. It's OK to step back."
    "A doctor or sexual health clinic can help with safer sex, and a counsellor can help you think it through."

  ask safer-sex-agreed yesno "Do you both agree on how you'll protect each other's sexual health?" both
    when mode == together
    why "An agreement you both keep is what makes safer sex work."
    help "Answer honestly. If you don't agree yet, say so."
  flag safer-sex-refused when safer-sex-agreed refused "{partner} didn't agree with you on safer sex. Not agreeing to"
    "protect each other's health is a warning sign. You're allowed to insist on it, and to wait until it's settled"
    "before you play. A doctor or a sexual health clinic can help with safer sex, and a counsellor can help you"
    "think it through."

  say when acts.restraints in [yes, maybe]
    "About restraints: know exactly how they work before you use them, and pick ones that open quickly."
    "Keep the key or safety scissors within reach, never leave a tied-up person alone, and check often for"
    "numbness, tingling or cold hands and feet."
  ask restraints-release yesno "Do you know how your restraints open, and how to get someone out quickly?" both
    when acts.restraints in [yes, maybe]
    why "A quick release turns a scary moment into a small one."
    help "If not, practise opening them before you play, fully dressed and calm."

  say when acts.toys in [yes, maybe] or acts.impact-toys in [yes, maybe]
    "Wash toys properly after each use, the way their own instructions say: it helps keep infections away."
    "Don't move a toy from one body to another without cleaning it or covering it with a fresh condom."

  ask new-partner yesno "Is {partner} someone you don't know well yet?"
    why "Meeting someone new calls for a little extra planning."
    help "Answer yes if you haven't met in person yet, or have only met a few times."
  say when new-partner == yes
    "When you're meeting someone new, have a backup: tell a friend you trust where you'll be and when,"
    "and agree on a time you'll check in. If they don't hear from you, they call."
  ask backup text "Who will know where you are, and when will you check in with them?"
    when new-partner == yes
    why "If something goes wrong, someone will notice and can help."
    help "A name and a time is enough, like 'Sam, text by 11pm'."

  say "Aftercare is how you look after each other once it's over. After intense play the adrenaline wears off"
    "quickly, and people can feel shaky, low or tender. A little care helps you both come back down gently."
  say "Whoever was in charge may need aftercare too."
  ask aftercare choices "What would you like afterwards?"
    reveal
    option holding "Being held or cuddling"
    option water-snacks "Water and a snack"
    option reassurance "Kind words and reassurance"
    option quiet "Quiet time together"
    option gentle-touch "Gentle touch"
    option talking "Talking it over"
    option bath "A shower or bath together"
    option alone "Some time on my own"
    option other "Something else"
    why "People need different things afterwards, and it's easier to ask now than in the moment."
    help "Pick as many as you like. What you need can change from one time to the next."
    reflect "So afterwards you'd like: {aftercare}."
  ask aftercare-other text "What else would help you afterwards?"
    when aftercare contains other
    optional
    why "Your own words are the best guide to what you need."
    help "Anything at all, big or small."

  say "Keep a small first-aid kit nearby: an ice pack for bruises, antiseptic ointment for scrapes, plasters,"
    "and an anti-inflammatory painkiller such as ibuprofen."
  say "A little light spotting after rough sex isn't unusual. Heavy bleeding is different: get medical help straight away."
  ask first-aid yesno "Do you have a first-aid kit you can reach easily?" both
    why "Small knocks and scrapes happen. It helps to have what you need to hand."
    help "A basic kit from any pharmacy is plenty."
  say when first-aid == no
    "Worth putting one together before you play. It's a small thing that helps if you ever need it."

# ---------------------------------------------------------------------------------------------------
step keep "Keep talking"
  say "Talking doesn't stop once you've started. Check in while you play, talk it over afterwards,"
    "and come back to this as things change."
  say "Before turning things up, ask 'Is this OK?' and wait for a clear yes. Silence is not a yes."

  ask check-in choice "How often would you like to check in with each other while you play?" both
    option often "Often: every few minutes"
    option step-up "Whenever we try something new or step it up"
    option pauses "At natural pauses, and whenever something seems off"
    why "Checking in keeps you on the same page, even when you're both caught up in the moment."
    help "Whatever you pick, either of you can check in, slow down or stop at any time."
  say when experience == new
    "Since this is new for you, lean towards checking in more often. It gets quicker and more natural with practice."

  say "Watch for signs that something's wrong: going suddenly quiet, tensing up or freezing, fast shallow"
    "breathing, pulling away, or pain. If you notice any of them, stop and ask. Every time."
  say "Big feelings can surface in intense play, anger or tears included. If that happens, pause,"
    "and talk about it kindly."
  ask stop-signs yesno "Will you stop and check in whenever you notice any of those signs?" both
    why "Adrenaline can hide distress. Agreeing now means nobody has to decide in the moment."
    help "Stopping to ask is never a failure. It's how trust grows."

  say "Afterwards, once you've both settled, talk it over: what felt good, what felt off, and what you'd"
    "change next time. Listen without getting defensive, and take each other's feelings seriously."
  ask debrief-when choice "When would you like to talk it over?" both
    option right-after "Right after, during aftercare"
    option next-day "The next day"
    option twice "A little right after, and more the next day"
    why "A debrief is where small worries get sorted before they grow."
    help "Pick whatever suits you. You can always talk sooner."

  say "If a line does get crossed, say so. A caring partner listens, owns it and apologises. If something"
    "left you unhappy, sort it out together before you play again; a counsellor or sex therapist can help."

  ask revisit choice "How often should you come back to what you've agreed?" both
    option each-time "After each time"
    option weekly "Every week"
    option monthly "Every month"
    option changes "Whenever something changes"
    why "What you like and how you feel will change over time, and your agreements should keep up."
    help "Pick what you'll really do. Putting the next one in your calendar helps it happen."

  say "Consent is given each time, and it can change. Saying yes once doesn't mean yes next time,"
    "and either of you can change your mind, even halfway through."

  ask past-harm yesno "Has a partner ever ignored your safe word, or hurt you physically or emotionally in a way you didn't agree to?"
    when mode == practice
    optional
    why "Some things are warning signs, and Candor would rather say so than stay quiet."
    help "Answer only if you want to. This stays private on this computer."
  flag harmed-before when past-harm == yes "That's a warning sign, and it isn't your fault. You deserve to be safe"
    "and to have your limits respected. A counsellor, or a sexual-assault or domestic-abuse helpline"
    "where you live, can listen and help. If you're in danger right now, call your local emergency number."

  say "This record is kept privately on this computer, and nowhere else. Run 'candor resume' to pick up"
    "where you left off, 'candor list' to see your talks, and 'candor show' with a talk's id to read one back."
  say "When things change, run the talk again: 'candor diff' then shows what's different since last time."

  ask feeling choice "How are you feeling now, having gone through all this?"
    option good "Good"
    option mixed "A bit mixed"
    option uneasy "Uneasy"
    why "It helps to notice how a talk like this has left you."
    help "Any answer is fine."
  say when feeling == uneasy
    "That's OK. Talks like this can stir things up. Take a break, nothing has to happen, and if it keeps"
    "bothering you, a counsellor or sex therapist is a good person to talk to."
  ask takeaway lines "Is there anything you'd like to remember from today?"
    optional
    why "A line or two in your own words is easy to come back to."
    help "Press Enter on an empty line to skip."

  say when not flagged
    "That's the end of the talk. Thank you for taking the time to do this with care."
  say when flagged
    "That's as far as this talk goes for now. You noted a warning sign along the way, so Candor won't rehearse"
    "an invitation with you. What you wrote is saved, privately, and nothing has to happen next."
    "Your safety comes first. A counsellor, or a sexual-assault or domestic-abuse helpline where you live,"
    "can help you think it through, and your local emergency number is there if you're in danger."

# ---------------------------------------------------------------------------------------------------
script "My script"
  line time "Could we sit down on {when} and talk about our sex life?"
  line open "{opener}"
  line reason "Here's why this matters to me: {motivation}"
  line want "Things I'd like us to try: {acts.yes}." when acts.yes
  line consider "Things I'd consider: {acts.maybe}." when acts.maybe
  line fantasy "Things I like to imagine, but not do: {acts.fantasy}." when acts.fantasy
  line dos "What I'd really like: {dos}."
  line donts "What I'd rather avoid: {donts}."
  line limits "These are off the table for me: {hard-limits}."
  line rough "When I say 'rough', I mean: {define-rough}."
  line safeword "I'd like us to use a safe word. The one I'd suggest is '{safeword}'."
  line signal "If I can't speak, my signal would be: {signal}."
  line aftercare "Afterwards, what helps me is: {aftercare}."
  line aftercare-more "Something else that helps me afterwards: {aftercare-other}."
  line ask-back "What about you? What would you like, and what's off limits for you?"
"""#
