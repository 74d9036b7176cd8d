"""Demo data for campaigns, the directory and impact figures, from the seed reports.

Every phone number, e-mail address and social handle here is made up for the demo
(numbers in the +91 90000 0xxxx and 200 0xxx ranges, addresses at police.example).
Session dates are given in days from the day the demo is loaded, so some sessions
are always still to come.
"""

PAGES = {
    "campaigns": {
        "titles": {
            "en": "Awareness campaigns",
            "hi": "जागरूकता अभियान",
            "bn": "সচেতনতা অভিযান",
            "ur": "آگاہی مہم",
        },
        "intro": "Where our officers are talking about online fraud: schools, hospitals, old-age homes, army units, NGOs and door to door.",
    },
    "for-you": {
        "titles": {
            "en": "Advice for you",
            "hi": "आपके लिए सलाह",
            "bn": "আপনার জন্য পরামর্শ",
            "ur": "آپ کے لیے مشورہ",
        },
        "intro": "Choose who you are to see the frauds aimed at you, the advice that helps and the sessions near you.",
    },
    "cyber-cells": {
        "titles": {
            "en": "Find your cyber cell",
            "hi": "अपना साइबर सेल खोजें",
            "bn": "আপনার সাইবার সেল খুঁজুন",
            "ur": "اپنا سائبر سیل تلاش کریں",
        },
        "intro": "Every district cyber cell and station with its phone and WhatsApp numbers. This is a demo site: all the numbers below are made up.",
    },
    "impact": {
        "titles": {
            "en": "Our work in numbers",
            "hi": "हमारा काम, आंकड़ों में",
            "bn": "সংখ্যায় আমাদের কাজ",
            "ur": "ہمارا کام، اعداد و شمار میں",
        },
        "intro": "Money stopped before fraudsters could withdraw it, money returned to victims, fraud numbers and handsets blocked, and people reached.",
    },
}

UNITS = [
    ("cyber-ps-jammu", "Cyber Police Station Jammu", "Jammu zone", ""),
    ("jammu-district-cells", "District cyber cells of Jammu zone", "Jammu zone", ""),
    ("behala-division", "Behala division, Kolkata Police", "Kolkata Police", "Behala division"),
    ("sarsuna-ps", "Sarsuna police station", "Kolkata Police", "Behala division"),
]

JAMMU_DISTRICTS = [
    "jammu",
    "samba",
    "kathua",
    "udhampur",
    "reasi",
    "doda",
    "kishtwar",
    "ramban",
    "rajouri",
    "poonch",
]


def district_cells():
    for number, slug in enumerate(JAMMU_DISTRICTS, start=1):
        name = slug.capitalize()
        yield {
            "name": f"District Cyber Cell {name}",
            "kind": "district-cell",
            "zone": "Jammu zone",
            "district": slug,
            "phone": f"+91 90000 001{number:02d}",
            "whatsapp": f"+91 90000 002{number:02d}",
            "email": f"cybercell.{slug}@police.example",
            "address": f"District Police Office, {name}, Jammu and Kashmir",
            "hours": "Monday to Saturday, 10:00 to 17:00; WhatsApp messages read every day",
        }


OTHER_CELLS = [
    {
        "name": "Cyber Police Station Jammu",
        "kind": "cyber-station",
        "zone": "Jammu zone",
        "district": "jammu",
        "phone": "+91 191 200 0001",
        "whatsapp": "+91 90000 00191",
        "email": "cyberps.jammu@police.example",
        "address": "Cyber Police Station, Zonal Police Headquarters, Jammu",
        "hours": "Round the clock",
    },
    {
        "name": "Behala division WhatsApp help station",
        "kind": "help-desk",
        "zone": "Kolkata Police",
        "division": "Behala division",
        "district": "kolkata",
        "whatsapp": "+91 90000 03300",
        "whatsapp_message": "Hello, I need help with a cyber or minor crime.",
        "email": "behala.help@police.example",
        "address": "Behala division office, Kolkata, West Bengal",
        "hours": "Every day, 08:00 to 22:00; a trained officer answers",
    },
    {
        "name": "Sarsuna police station",
        "kind": "police-station",
        "zone": "Kolkata Police",
        "division": "Behala division",
        "district": "kolkata",
        "phone": "+91 33 2000 0034",
        "address": "Sarsuna police station, Kolkata, West Bengal",
        "hours": "Round the clock",
    },
]

OFFICIAL_ACCOUNTS = [
    ("x", "@CyberPSJammu_demo", "https://x.com/CyberPSJammu_demo", "Cyber Police Station Jammu"),
    (
        "facebook",
        "CyberSurakshaDemo",
        "https://www.facebook.com/CyberSurakshaDemo",
        "Cyber Suraksha (demo)",
    ),
    ("telegram", "@cybersuraksha_demo", "https://t.me/cybersuraksha_demo", "Cyber Suraksha (demo)"),
    (
        "mastodon",
        "@cybersuraksha@mastodon.example",
        "https://mastodon.example/@cybersuraksha",
        "Cyber Suraksha (demo)",
    ),
]

# Amounts in rupees, as the zone's report gives them; the dates are approximate (the report
# speaks of cells set up early in 2024 and of the station's last six months).
FIGURES = [
    {
        "unit": "jammu-district-cells",
        "period": ("2024-02-01", "2024-07-31"),
        "amount_on_hold": 68_34_619,
        "amount_refunded": 21_85_702,
        "source": "Jammu zone report on the new district cyber cells (dates approximate)",
    },
    {
        "unit": "cyber-ps-jammu",
        "period": ("2024-02-01", "2024-07-31"),
        "amount_on_hold": 1_28_57_776,
        "amount_refunded": 49_49_374,
        "numbers_blocked": 439,
        "handsets_blocked": 411,
        "source": "Jammu zone report: the station's last six months (dates approximate)",
    },
]
# Sarsuna's figures cover its door-to-door rounds: households are counted from the sessions.
SARSUNA_FIGURES = {
    "unit": "sarsuna-ps",
    "days": (-150, 0),
    "source": "Door-to-door rounds recorded as outreach sessions",
}

STEPS = "steps"

CAMPAIGNS = [
    {
        "slug": "cyber-safety-in-schools-and-colleges",
        "title": "Cyber safety in schools and colleges",
        "summary": "Talks in school assemblies and college halls on fake loan apps, sextortion calls and how to report harassment online.",
        "audiences": ["school-students", "college-students"],
        "districts": ["jammu", "samba", "kathua"],
        "unit": "cyber-ps-jammu",
        "days": (-60, 60),
        "related": ["fake-instant-loan-apps", "video-call-sextortion", "links-and-messages"],
        "body": "Officers of the Cyber Police Station visit schools and colleges across the zone. Each talk lasts under an hour and ends with questions from students and teachers.",
        "steps": [
            "Never accept a video call from a stranger.",
            "An instant-loan app that asks for your contacts is a trap.",
            "Screenshot abuse and report it: you are not to blame.",
        ],
        "sessions": [
            (
                -40,
                "Government Higher Secondary School (demo venue)",
                "Gandhinagar, Jammu",
                "jammu",
                "school-students",
                400,
                380,
            ),
            (
                -12,
                "Degree College auditorium (demo venue)",
                "Samba",
                "samba",
                "college-students",
                250,
                270,
            ),
            (
                5,
                "Model School assembly (demo venue)",
                "Kathua",
                "kathua",
                "school-students",
                350,
                None,
            ),
            (19, "University hall (demo venue)", "Jammu", "jammu", "college-students", 500, None),
        ],
    },
    {
        "slug": "cyber-hygiene-for-hospitals",
        "title": "Cyber hygiene for hospitals and clinics",
        "summary": "Short sessions for doctors, nurses and front-desk staff on investment-group frauds, fake patient calls and keeping records safe.",
        "audiences": ["healthcare-staff"],
        "districts": ["jammu", "udhampur"],
        "unit": "cyber-ps-jammu",
        "days": (-45, 45),
        "related": ["investment-trading-groups", "links-and-messages"],
        "body": "Hospital staff are targeted by trading-group scams and by callers pretending to be patients' relatives. Sessions are held at shift change so that every team can attend.",
        "steps": [
            "No genuine investment doubles money in weeks.",
            "Do not open files sent by unknown numbers on the ward phone.",
        ],
        "sessions": [
            (
                -30,
                "District hospital seminar room (demo venue)",
                "Udhampur",
                "udhampur",
                "healthcare-staff",
                80,
                95,
            ),
            (
                -8,
                "Medical college lecture theatre (demo venue)",
                "Jammu",
                "jammu",
                "healthcare-staff",
                150,
                140,
            ),
            (
                9,
                "Community health centre (demo venue)",
                "Udhampur",
                "udhampur",
                "healthcare-staff",
                40,
                None,
            ),
            (
                30,
                "Private nursing home (demo venue)",
                "Jammu",
                "jammu",
                "healthcare-staff",
                30,
                None,
            ),
        ],
    },
    {
        "slug": "frauds-against-retired-personnel",
        "title": "Pension and bank frauds: talks for retired personnel",
        "summary": "Meetings with pensioners' and ex-servicemen's associations about fake KYC calls, pension-update messages and 'digital arrest' threats.",
        "audiences": ["retired-personnel", "senior-citizens"],
        "districts": ["jammu", "rajouri", "poonch"],
        "unit": "cyber-ps-jammu",
        "days": (-50, 40),
        "related": ["kyc-update-phone-calls", "fake-police-digital-arrest"],
        "body": "Retired people hold savings and get many calls claiming to be from banks, pension offices or the police. The talks are in the associations' own monthly meetings.",
        "steps": [
            "Your bank never asks for your PIN or OTP.",
            "There is no such thing as a 'digital arrest'. Hang up.",
        ],
        "sessions": [
            (
                -35,
                "Pensioners' association hall (demo venue)",
                "Rajouri",
                "rajouri",
                "retired-personnel",
                120,
                135,
            ),
            (
                -6,
                "Ex-servicemen's league office (demo venue)",
                "Poonch",
                "poonch",
                "retired-personnel",
                90,
                88,
            ),
            (
                12,
                "Retired employees' association (demo venue)",
                "Jammu",
                "jammu",
                "retired-personnel",
                150,
                None,
            ),
        ],
    },
    {
        "slug": "cyber-safety-for-armed-forces",
        "title": "Cyber safety for soldiers and their families",
        "summary": "Sessions in army units and family welfare centres on marketplace frauds that misuse uniforms, honey traps and safe use of social media.",
        "audiences": ["armed-forces"],
        "districts": ["jammu", "udhampur", "kathua"],
        "unit": "cyber-ps-jammu",
        "days": (-40, 50),
        "related": ["olx-buyer-qr-code-fraud", "video-call-sextortion"],
        "body": "Fraudsters pose as soldiers on marketplace sites, and soldiers are targeted with fake profiles. These sessions are held inside units for serving personnel and families.",
        "steps": [
            "A buyer who sends a QR code to 'pay you' is taking money, not sending it.",
            "Do not share postings or photos in uniform on open profiles.",
        ],
        "sessions": [
            (-25, "Unit auditorium (demo venue)", "Udhampur", "udhampur", "armed-forces", 300, 320),
            (
                -3,
                "Family welfare centre (demo venue)",
                "Kathua",
                "kathua",
                "armed-forces",
                100,
                110,
            ),
            (16, "Unit auditorium (demo venue)", "Jammu", "jammu", "armed-forces", 250, None),
        ],
        "closed": True,
    },
    {
        "slug": "old-age-homes-no-otp",
        "title": "Old-age homes: no OTP, no panic",
        "summary": "Unhurried visits to homes for the elderly to explain the common frauds, save the cyber cell's WhatsApp number and practise hanging up.",
        "audiences": ["old-age-homes", "senior-citizens"],
        "districts": ["jammu", "reasi", "doda"],
        "unit": "cyber-ps-jammu",
        "days": (-55, 35),
        "related": ["fake-customer-care-numbers", "help-for-elderly-residents"],
        "body": "Residents and staff learn the warning signs together. Officers help residents save the numbers on their phones and leave printed cards in large type.",
        "steps": [
            "Save the cyber cell's WhatsApp number now.",
            "If a caller hurries you, hang up and call someone you trust.",
        ],
        "sessions": [
            (-33, "Home for the aged (demo venue)", "Reasi", "reasi", "old-age-homes", 40, 42),
            (-9, "Senior citizens' home (demo venue)", "Doda", "doda", "old-age-homes", 35, 30),
            (8, "Old-age home (demo venue)", "Jammu", "jammu", "old-age-homes", 50, None),
        ],
        "open": True,
    },
    {
        "slug": "working-with-ngos",
        "title": "Working with NGOs and volunteers",
        "summary": "Training volunteers of NGOs to pass on fraud warnings in villages and neighbourhoods the police cannot visit often.",
        "audiences": ["ngos"],
        "districts": ["kishtwar", "ramban", "jammu"],
        "unit": "cyber-ps-jammu",
        "days": (-30, 60),
        "related": ["fake-profile-asking-for-money", "kyc-update-sms-scam"],
        "body": "Each volunteer leaves with a printed set of advisories and the district cell's numbers, and a way to report new frauds they hear about.",
        "steps": [
            "Share advisories, not rumours.",
            "Send new frauds you hear about to the district cyber cell.",
        ],
        "sessions": [
            (-20, "NGO resource centre (demo venue)", "Kishtwar", "kishtwar", "ngos", 60, 55),
            (-4, "Community hall (demo venue)", "Ramban", "ramban", "ngos", 45, 52),
            (14, "Volunteers' meet (demo venue)", "Jammu", "jammu", "ngos", 80, None),
        ],
        "open": True,
    },
    {
        "slug": "raksha-kavach-door-to-door-sarsuna",
        "title": "Raksha Kavach: door to door with the elderly of Sarsuna",
        "summary": "Officers visit elderly residents at home, explain the frauds going round, install WhatsApp where needed and save the division's help number.",
        "audiences": ["senior-citizens", "residential-complexes"],
        "districts": ["kolkata"],
        "unit": "sarsuna-ps",
        "days": (-150, 60),
        "related": ["help-for-elderly-residents", "electricity-bill-disconnection-sms"],
        "body": "Elderly residents can ask for help on WhatsApp without coming to the police station. Officers spend the most time with people who live alone.",
        "steps": [
            "Save the division's WhatsApp help number.",
            "Send a message before you pay anyone who called you.",
        ],
        "sessions": [
            (
                -120,
                "Door to door, ward rounds (demo)",
                "Sarsuna, Kolkata",
                "kolkata",
                "senior-citizens",
                300,
                300,
                "households",
            ),
            (
                -85,
                "Door to door, housing complexes (demo)",
                "Sarsuna, Kolkata",
                "kolkata",
                "senior-citizens",
                400,
                350,
                "households",
            ),
            (
                -50,
                "Door to door, ward rounds (demo)",
                "Sarsuna, Kolkata",
                "kolkata",
                "senior-citizens",
                400,
                400,
                "households",
            ),
            (
                -15,
                "Door to door, lanes near the market (demo)",
                "Sarsuna, Kolkata",
                "kolkata",
                "senior-citizens",
                450,
                450,
                "households",
            ),
            (
                10,
                "Door to door, ward rounds (demo)",
                "Sarsuna, Kolkata",
                "kolkata",
                "senior-citizens",
                400,
                None,
                "households",
            ),
        ],
    },
    {
        "slug": "housing-complex-evenings",
        "title": "Housing complexes: cyber safety evenings",
        "summary": "Evening talks in residents' associations about fake electricity-bill messages, delivery frauds and the division's WhatsApp help number.",
        "audiences": ["residential-complexes"],
        "districts": ["kolkata"],
        "unit": "behala-division",
        "days": (20, 80),
        "related": ["electricity-bill-disconnection-sms"],
        "body": "Residents' associations can invite officers for a 45-minute talk with questions.",
        "steps": [
            "No power company disconnects you by SMS tonight.",
            "Report frauds on the division's WhatsApp number.",
        ],
        "sessions": [
            (
                25,
                "Residents' association hall (demo venue)",
                "Behala, Kolkata",
                "kolkata",
                "residential-complexes",
                120,
                None,
            ),
            (
                45,
                "Apartment complex clubhouse (demo venue)",
                "Behala, Kolkata",
                "kolkata",
                "residential-complexes",
                150,
                None,
            ),
        ],
        "open": True,
    },
    {
        "slug": "district-cyber-cells-launch",
        "title": "Meet your new district cyber cell",
        "summary": "Open days when each new district cyber cell of the zone introduced its officers and numbers to the public.",
        "audiences": ["general-public"],
        "districts": JAMMU_DISTRICTS,
        "unit": "jammu-district-cells",
        "days": (-210, -180),
        "related": ["fake-customer-care-numbers"],
        "body": "Each district's cell opened its doors for a day. People met the trained officers and saved the real numbers.",
        "steps": ["Save your district cell's numbers from this site, not from a web search."],
        "sessions": [
            (
                -205,
                "District Police Office (demo venue)",
                "Samba",
                "samba",
                "general-public",
                150,
                170,
            ),
            (
                -190,
                "District Police Office (demo venue)",
                "Kishtwar",
                "kishtwar",
                "general-public",
                100,
                90,
            ),
        ],
        "open": True,
    },
]
