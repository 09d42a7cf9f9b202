"""Invented words for the demo journal: gentle, everyday and recovery-oriented.

Everything here is made up. Names, numbers and addresses are invented or from ranges kept for
drama and examples (07700 900xxx, 01632 960xxx, example.com).
"""

from __future__ import annotations

from recovery_journal.model import PlanSectionKey

SEASON_OPENERS: dict[str, tuple[str, ...]] = {
    "winter": (
        "Dark by half past four again, so I lit the lamp early and made soup.",
        "Frost on the car windows this morning; the street looked sugared.",
        "A grey, drizzly day. I wore the green scarf Mum knitted.",
        "Cold, bright morning. The puddles in the park had thin ice on them.",
        "Long evening in. I put on the radio and sorted the drawer of odd socks.",
        "Snowdrops under the hedge by the surgery, stubborn little things.",
    ),
    "spring": (
        "The daffodils by the bus stop are out, all at once, as if someone flicked a switch.",
        "Light until after seven now. That alone lifts something.",
        "Rain and sun taking turns all afternoon.",
        "The blackbird was singing on the chimney pot before six.",
        "Blossom everywhere on the walk to the shop, pink and white.",
        "Lambs in the field past the level crossing, wobbling about.",
    ),
    "summer": (
        "Warm evening; I sat on the back step until the swifts stopped screaming.",
        "Too hot to do much, so I did little and didn't scold myself for it.",
        "Long light evening. Ate strawberries straight from the punnet.",
        "The allotment smelled of tomato leaves and cut grass.",
        "Thunder in the afternoon, then that fresh smell after rain.",
        "Sticky, humid night; the fan rattled and I didn't mind.",
    ),
    "autumn": (
        "Leaves piling up along the kerb, crunchy on top, soft underneath.",
        "Misty start; the river had smoke on it.",
        "The clocks are changing soon and I can feel the evenings closing in.",
        "Conkers on the path by the church. I pocketed one, like I was nine again.",
        "Windy, wild sort of day. Good for blowing the cobwebs out.",
        "Bonfire smoke in the air and a sky the colour of marmalade.",
    ),
}

ACTIVITY_LINES: dict[str, tuple[str, ...]] = {
    "walk": (
        "Walked the long way round the park; the heron was back on the pond.",
        "A slow walk along the river. Counted seven swans.",
        "Went out for a walk even though I didn't feel like it, and came back glad I did.",
        "Walked to the end of the seafront and back, wind in my ears the whole way.",
    ),
    "seeing friends": (
        "Met Priya at the café on the corner. We laughed about nothing for an hour.",
        "Zoë came round with a crumble and we watched a silly film.",
        "Coffee with friends after group. It felt easy, which is new.",
        "Priya and I did the crossword together over the phone, badly.",
    ),
    "cooking": (
        "Made a proper dinner: lentil dahl with too much ginger, and it was lovely.",
        "Baked bread. It came out flat and tasted wonderful anyway.",
        "Tried a recipe with crème fraîche and jalapeño; surprising, in a good way.",
        "Batch-cooked soup for the week so future me is looked after.",
    ),
    "reading": (
        "Read three chapters in the library's quiet corner.",
        "Finished the detective novel. I guessed wrong, as usual.",
        "Read a few poems before bed instead of scrolling.",
        "Borrowed a gardening memoir and a book about octopuses; both wonderful.",
    ),
    "gardening": (
        "Two hours at the allotment; the runner beans are climbing everything.",
        "Weeded the onion bed and found a frog, who was unimpressed with me.",
        "Planted garlic for next year. Slightly hopeful act, planting things.",
        "Picked courgettes, chard and a ridiculous marrow; shared them with the neighbours.",
    ),
    "swimming": (
        "Swam twenty lengths, slowly. The water held me up, literally and otherwise.",
        "Early swim. Hardly anyone there and the pool was all blue light.",
    ),
    "art group": (
        "Art group: watercolours of pears. Mine looked like potatoes and we all laughed.",
        "Painted the view from the window at art group. Not finished, not meant to be.",
        "At art group someone called my sky 'brave'. I'll take that.",
    ),
    "volunteering": (
        "Volunteered at the community garden, mostly carrying compost and chatting.",
        "Sorted seed packets at the garden shed; quiet, useful work.",
    ),
    "peer support group": (
        "Peer support group tonight. Said more than usual, and it was okay.",
        "Listened more than I spoke at group. Someone's story sounded like mine.",
        "Group was small this week, which made it cosier.",
    ),
    "therapy session": (
        "Session today. We talked about the difference between rest and hiding.",
        "Therapy: worked on noticing thoughts without arguing with them.",
    ),
    "music": (
        "Put an old album on and sang along, loudly, with the window shut.",
        "Played the piano at the community centre for ten minutes. Rusty but fun.",
    ),
    "meditation": (
        "Ten minutes of breathing practice. Mind wandered, I brought it back, over and over.",
        "Sat quietly with a cup of tea and did nothing on purpose.",
    ),
}

REFLECTIONS: dict[str, tuple[str, ...]] = {
    "low": (
        "Heavy day. I kept things small: shower, toast, one phone call.",
        "Felt flat and far away from everything. I'm writing it down so it's outside my head.",
        "Didn't manage much. The plan says to be kind to myself on days like this, so I'm trying.",
        "Sleep was patchy and everything felt harder because of it.",
        "Noticed the old thoughts creeping in. Named them, which took a bit of their power away.",
        "I cancelled plans and then felt guilty. Tomorrow I'll send Priya a message.",
        "Hard one. Texted Tom and he rang back straight away. That helped more than I expected.",
        "Everything felt loud today: the kettle, the traffic, my own thoughts. Earplugs helped.",
        "The fog in my head didn't lift, but I ate a decent lunch and phoned the pharmacy.",
        "I kept comparing myself to last spring. Maggie says comparison steals the present.",
        "I'm tired of being tired. But I know these patches pass; they have before.",
    ),
    "middle": (
        "An ordinary sort of day, and ordinary is fine.",
        "Bits of good and bits of meh. Mostly in balance.",
        "Did the washing, paid a bill, answered two emails. Small things, done.",
        "Felt a little wobbly after lunch, then steadier by evening.",
        "Not a great day, not a bad one. I noticed both, which counts for something.",
        "Kept to my routine, even the boring parts. The routine is holding me up.",
        "Mind was busy tonight, so I wrote a list and left it on the table.",
        "Spent the afternoon mending a jumper. Fiddly, absorbing, oddly soothing.",
        "Paperwork day. The pension form is finally in the envelope, stamped and posted.",
        "Rearranged the bookshelf by colour, then changed my mind and went back to alphabetical.",
        "Tidied the cupboards and found three jars of cinnamon. Apparently I love cinnamon.",
    ),
    "high": (
        "Good day. Felt like myself, the version I'd almost forgotten.",
        "Lots of energy today; I used some and saved some, which feels wise.",
        "Laughed properly today, the kind that makes your face ache.",
        "Felt useful and connected. I want to remember this feeling on harder days.",
        "Woke up before the alarm and actually wanted to get up.",
        "Proud of myself today, and I'm letting myself feel it without a 'but'.",
        "Danced in the kitchen to a song from school discos. Nobody saw; everybody benefited.",
        "Booked a day trip to the coast for next month. Something to look forward to!",
        "Finished a jigsaw of a lighthouse, a thousand pieces, every single one present.",
    ),
}

GRATITUDE = (
    "Three good things: a warm radiator, a kind text, the smell of toast.",
    "Grateful for the bus driver who waited for me.",
    "Small joy: the neighbour's cat came to say hello.",
    "Grateful for clean sheets and a quiet street.",
    "Good thing today: the library had the book I'd been waiting for.",
    "Thankful for Mum's voice on the phone, even when she fusses.",
    "A good thing: someone at group remembered my name and my story.",
    "Grateful for the pharmacist's patience and the robin on the fence.",
    "Three good things: fresh bedding, a funny podcast, ripe pears.",
)

LONG_MUSINGS = (
    "I've been thinking about what recovery means for me. Not going back to who I was before, "
    "exactly; more like building something new out of the same bricks. Some bricks are "
    "cracked. Some are better than I gave them credit for.",
    "When I first started this journal I wrote mostly about what went wrong. Reading back, I "
    "see the entries slowly changing: more about what I did, who I saw, what I noticed. I "
    "didn't plan that. It just happened, a bit at a time.",
    "My résumé has a gap in it and I used to dread explaining it. Today I practised saying it "
    "out loud: 'I was looking after my health, and now I'm ready.' It sounded true, because it "
    "is.",
    "I was naïve about how long this would take. I thought a few months and I'd be 'fixed'. "
    "Now I think it's less like fixing and more like tending a garden: some seasons grow, some "
    "rest, and both are part of it.",
    "Had a strange déjà vu moment at the bus stop: same spot, same time of year, but a year "
    "ago I could barely leave the house. I stood there a bit longer than I needed to, just "
    "noticing the difference.",
    "The façade I used to keep up at work took so much energy. I don't want to go back to that. "
    "Whatever comes next, I'd like to be able to say 'I'm having a hard day' and have that be "
    "allowed.",
    "Priya asked what helps most. I said: routine, being outside, people who don't need me to "
    "be fine. And writing this, probably. It's like putting things down on a table so I can "
    "look at them instead of carrying them.",
    "Reading my wellness plan again tonight. Some of it I'd write differently now. That seems "
    "like a good sign; the plan grows when I do.",
)

CLOSINGS = (
    "Early night, I think.",
    "Tomorrow: walk, then see how I feel.",
    "Enough for today.",
    "Going to make a hot chocolate and read.",
    "Goodnight, journal.",
    "One day at a time.",
    "Note to self: this counts.",
)

TITLES: dict[str, tuple[str, ...]] = {
    "low": (
        "Heavy day", "Wobbly", "Tired but okay", "Still here", "Letting it be", "Quiet",
        "Slow start", "Being gentle", "One thing at a time", "Low tide",
    ),
    "middle": (
        "Ordinary", "Not much, and that's fine", "Small steps", "Looking back",
        "Thinking about work", "What helps", "Something shifted", "Back on track",
        "Déjà vu at the bus stop", "Grey sky, steady me", "Lists",
    ),
    "high": (
        "A better day", "Proud of this one", "Good news", "Light evenings", "Felt like me",
        "A naïve hope, maybe not so naïve", "Laughing", "Lighter",
    ),
}

ACTIVITY_TITLES: dict[str, tuple[str, ...]] = {
    "walk": ("Out walking", "Fresh air", "River walk"),
    "seeing friends": ("Good company", "The café on the corner", "Friends"),
    "cooking": ("Kitchen therapy", "Something from scratch"),
    "gardening": ("Allotment notes", "Muddy hands"),
    "art group": ("Art group", "Colours"),
    "therapy session": ("Notes after therapy", "Rest is not hiding"),
    "swimming": ("Swimming in blue light",),
    "peer support group": ("After group",),
    "volunteering": ("At the garden",),
}

CHECKIN_NOTES: dict[str, tuple[str, ...]] = {
    "low": (
        "Heavy morning; kept it gentle.", "Didn't sleep well.", "Stayed in, that's okay.",
        "Rang Tom.", "Low but still here.", "Used my plan: tea, blanket, one small task.",
    ),
    "middle": (
        "Ordinary day.", "Bit tired.", "Steady.", "Busy head, calm body.",
        "Did the washing and read a bit.", "Okay-ish.",
    ),
    "high": (
        "Lovely walk, golden light.", "Good day!", "Felt like myself.", "Laughed a lot.",
        "Lots done and still energy left.", "Sunshine helped.",
    ),
}

# (name, kind, life domain name, description)
STRENGTHS = (
    ("Patience", "quality", "Emotional wellbeing", "I can wait things out; I've done it before."),
    ("Sense of humour", "quality", "Friends & social life", "Finding the funny side, gently."),
    ("Cooking from scratch", "skill", "Home & money", "Feeding myself well is a kindness."),
    ("Drawing and painting", "skill", "Culture & identity", "Getting lost in colour for a while."),
    ("Priya", "person", "Friends & social life", "Listens without trying to fix me."),
    ("The park by the river", "place", "Physical health", "Green, quiet, herons."),
    ("Peer support group", "resource", "Community", "People who get it, Monday evenings."),
    ("Asking for help", "skill", "Emotional wellbeing", "Hard, but it works every time."),
)

STRENGTH_USE_NOTES = (
    "Helped on a hard afternoon.", "Used it without thinking, which is progress.",
    "Reminded myself of this one on purpose.", "Made a difference today.", "",
    "Shared it with someone else, too.", "",
)

# (name, relationship, phone, email, helps with, plan stages, in the crisis plan)
SUPPORTERS: tuple[tuple[str, str, str, str, str, tuple[PlanSectionKey, ...], bool], ...] = (
    (
        "Priya Shah", "Friend", "07700 900412", "priya.shah@example.com",
        "Listens without judging; good for a walk and a talk.",
        (PlanSectionKey.EARLY_WARNING, PlanSectionKey.BREAKING_DOWN), True,
    ),
    (
        "Tom Ellery", "Brother", "07700 900783", "tom.ellery@example.com",
        "Practical help: shopping, lifts to appointments, feeding the cat.",
        (PlanSectionKey.BREAKING_DOWN, PlanSectionKey.CRISIS, PlanSectionKey.AFTER_CRISIS), True,
    ),
    (
        "Maggie Okafor", "Peer support worker", "07700 900256", "m.okafor@example.com",
        "Runs the Monday group; knows the local services and how to reach them.",
        (PlanSectionKey.TOOLBOX, PlanSectionKey.AFTER_CRISIS), False,
    ),
)

# The person's own helpline beside the bundled ones (an Ofcom drama-range number).
OWN_HELPLINE = ("Riverside GP surgery", "01632 960214", "Weekdays 8:00-18:30; ask for a call back.")

# An earlier and a later version of some sections, so the plan has revisions to look back on.
PLAN_FIRST_DRAFTS: dict[PlanSectionKey, str] = {
    PlanSectionKey.WELL: "Calm. Sleeping okay. Seeing people sometimes.",
    PlanSectionKey.TOOLBOX: "- Walk\n- Tea\n- Ring someone",
    PlanSectionKey.CRISIS: (
        "If I can't keep myself safe, or others are worried about me:\n"
        "- Call Tom first, then Priya\n"
        "- Call the GP surgery, or NHS 111 and choose the mental health option\n"
        "- Samaritans on 116 123 any time\n"
        "- 999 or A&E if my life is at risk\n\n"
        "What helps: someone sitting with me, quiet, the window open, no big decisions.\n"
        "What doesn't help: being told to cheer up, lots of questions at once.\n"
        "Tom can look after the cat and let the surgery know."
    ),
    PlanSectionKey.DAILY: "- Get up\n- Eat breakfast\n- Go outside",
}

PLAN_BODIES: dict[PlanSectionKey, str] = {
    PlanSectionKey.WELL: (
        "When I'm well I'm curious and chatty. I sleep seven or eight hours, I cook proper "
        "meals, I answer messages the same day, and I make silly jokes. I notice birds. I plan "
        "little things to look forward to."
    ),
    PlanSectionKey.TOOLBOX: (
        "- A walk by the river, even ten minutes\n"
        "- Ringing Priya or Tom\n"
        "- Painting or drawing, no goal in mind\n"
        "- A hot shower and clean pyjamas\n"
        "- Breathing practice: in for four, out for six\n"
        "- Peer support group on Mondays\n"
        "- Cooking something simple from scratch"
    ),
    PlanSectionKey.DAILY: (
        "- Up by 8:30, curtains open, glass of water\n"
        "- Breakfast, even if small\n"
        "- Outside at least once\n"
        "- One thing that's just for me\n"
        "- Check in here in the evening\n"
        "- Screens off by 10:30"
    ),
    PlanSectionKey.TRIGGERS: (
        "- Anniversaries in late January\n"
        "- Money letters I haven't opened\n"
        "- Several nights of poor sleep in a row\n"
        "- Feeling I've let someone down\n\n"
        "If these happen: open the letter with Tom, go to bed at the same time, talk it through "
        "at group, use the toolbox."
    ),
    PlanSectionKey.EARLY_WARNING: (
        "- Not answering messages for days\n"
        "- Skipping meals, living on toast\n"
        "- Staying in bed past eleven\n"
        "- Thinking 'what's the point' about small things\n\n"
        "If I notice these: tell Priya, add an extra walk, keep the daily list short and do it."
    ),
    PlanSectionKey.BREAKING_DOWN: (
        "- Not sleeping at all, or sleeping all day\n"
        "- Not leaving the flat for several days\n"
        "- Feeling hopeless most of the time\n\n"
        "What I'll do: ring Tom and ask him to come round; book a GP appointment the same day; "
        "tell Maggie I need extra support; keep things very simple."
    ),
    # The safety plan's steps (ui/plan/safety_plan.py reads this form); the free text it grew
    # from is its first draft, kept as an earlier version.
    PlanSectionKey.CRISIS: (
        "# My safety plan\n"
        "## 0 What I live for\n"
        "- Biscuit the cat, waiting by the door\n"
        "- Mum's Sunday phone calls\n"
        "- Seeing the garden through a whole year\n"
        "## 1 Signs that things are getting hard\n"
        "- Not sleeping at all, or sleeping all day\n"
        "- Not answering messages for days\n"
        "- Thinking 'what's the point' about everything\n"
        "## 2 Things I can do on my own\n"
        "- Window open, a glass of water, feet on the floor\n"
        "- A slow walk to the river and back\n"
        "- The playlist Sam made me\n"
        "## 3 People and places that take my mind off things\n"
        "- The café by the library\n"
        "- Sitting in on the Thursday group\n"
        "## 4 People I can ask for help\n"
        "- Tom, my brother: 07700 900783\n"
        "- Priya: 07700 900412\n"
        "## 5 Professionals and services I can contact\n"
        "- Riverside GP surgery: 01632 960214\n"
        "- NHS 111, mental health option\n"
        "- Samaritans: 116 123, any time\n"
        "- 999 or A&E if my life is at risk\n"
        "## 6 Making my surroundings safer\n"
        "- Ask Tom to keep the spare tablets at his\n"
        "- No big decisions while things are this hard"
    ),
    PlanSectionKey.AFTER_CRISIS: (
        "- Rest without guilt; recovery takes the time it takes\n"
        "- Short daily walks, building up slowly\n"
        "- Review this plan with Maggie: what worked, what to change\n"
        "- Thank the people who helped, when I'm ready\n"
        "- Go back to group when I feel able"
    ),
}

# (title, why, life domain name, status, step titles, review notes in order)
GOALS = (
    (
        "Walk to the river three times a week", "Being outside is the best medicine I know.",
        "Physical health", "achieved",
        ("Find a route I like", "Walk once a week for a month", "Build up to three times"),
        ("Found the river route", "Twice most weeks", "Three times, nearly every week!"),
    ),
    (
        "Finish the watercolour course at the library", "I want to make something, for me.",
        "Learning", "achieved",
        ("Sign up", "Go to the first class", "Finish the final painting"),
        ("Signed up, nervous", "Loving the Thursday classes", "Painted the harbour. Done!"),
    ),
    (
        "Volunteer at the community garden", "Feeling useful, and the garden is good for me.",
        "Community", "active",
        ("Ask about volunteering", "Try one morning", "Go every Tuesday", "Help run seed swap"),
        ("Asked, they said yes", "Tuesdays are going well", "Might help with the seed swap"),
    ),
    (
        "Return to part-time work", "Structure, money, and being part of something.",
        "Work & meaningful activity", "active",
        ("Update my résumé", "Talk to the employment adviser", "Apply for two roles",
         "Practise interview answers with Tom"),
        ("Résumé updated", "Adviser was encouraging", "One application in"),
    ),
    (
        "Learn conversational Spanish", "For the trip to see my cousin one day.",
        "Learning", "paused",
        ("Download a course", "Ten minutes a day for a month", "Have one conversation"),
        ("Enjoying it", "Pausing over the winter; too much on"),
    ),
    (
        "Run a 10k", "I wanted a big challenge.",
        "Physical health", "let_go",
        ("Start couch-to-5k", "Finish couch-to-5k", "Enter a 10k"),
        ("Week three done", "Knees unhappy. Chose swimming instead; it suits me better."),
    ),
    (
        "Call Mum every Sunday", "We both feel better for it.",
        "Relationships & family", "active",
        ("Set a Sunday reminder", "Make it a habit"),
        ("Most Sundays so far", "Nice rhythm now"),
    ),
)
