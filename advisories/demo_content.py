"""Demo advisories and guidelines, written from the two seed field reports."""

ADVISORIES = [
    {
        "slug": "kyc-update-sms-scam",
        "title": "'Your KYC has expired' messages are a trap",
        "summary": "SMS and WhatsApp messages say your bank account or wallet will be blocked today unless you update KYC through a link. Banks never do this. Do not open the link or share an OTP.",
        "severity": 4,
        "categories": ["kyc-update-scam", "phishing-link"],
        "audiences": ["senior-citizens", "retired-personnel", "general-public"],
        "contact_methods": ["sms", "whatsapp", "phone"],
        "impersonates": ["bank", "telecom"],
        "district": None,
        "days_ago": 3,
        "updated_days_ago": 1,
        "related": ["electricity-bill-disconnection-sms", "fake-customer-care-numbers"],
        "body": [
            (
                "how_it_works",
                {
                    "heading": "",
                    "steps": [
                        "A message says your KYC has expired and your account will be blocked tonight.",
                        "The link opens a page that looks like your bank's site, or asks you to install an app.",
                        "You enter your card number and the OTP, or the app reads your SMS.",
                        "Money leaves your account within minutes.",
                    ],
                },
            ),
            (
                "red_flags",
                {
                    "heading": "",
                    "flags": [
                        "A deadline of a few hours and a threat to block your account.",
                        "A link from an ordinary mobile number, not your bank's sender name.",
                        "Any request for an OTP, PIN, CVV or screen-sharing app.",
                    ],
                },
            ),
            (
                "what_to_do",
                {
                    "heading": "",
                    "steps": [
                        "Do not open the link or call back the number in the message.",
                        "If you are unsure, visit your branch or call the number printed on your passbook.",
                        "Delete the message and block the sender.",
                    ],
                },
            ),
            (
                "indicators",
                {
                    "heading": "",
                    "indicators": [
                        {
                            "kind": "url",
                            "value": "http://kyc-update-bank.example.net/verify",
                            "note": "Fake bank page",
                        },
                        {"kind": "phone", "value": "+91 70000 12345", "note": "Sent the SMS"},
                    ],
                },
            ),
        ],
    },
    {
        "slug": "olx-buyer-qr-code-fraud",
        "title": "Selling on OLX? A 'buyer' who sends a QR code wants to take money, not pay it",
        "summary": "Fraudsters posing as buyers, often claiming to be army officers on transfer, send a QR code and ask you to scan it to receive payment. Scanning a QR code only ever sends money.",
        "severity": 3,
        "categories": ["olx-marketplace-fraud"],
        "audiences": ["general-public", "armed-forces", "college-students"],
        "contact_methods": ["website", "whatsapp", "phone"],
        "impersonates": ["buyer_seller", "government"],
        "district": "jammu",
        "days_ago": 9,
        "body": [
            (
                "how_it_works",
                {
                    "heading": "",
                    "steps": [
                        "A buyer agrees to your price at once, without seeing the item.",
                        "They say they are posted far away and will pay online first.",
                        "They send a QR code or a payment 'request' and ask you to enter your UPI PIN to receive the money.",
                    ],
                },
            ),
            (
                "red_flags",
                {
                    "heading": "",
                    "flags": [
                        "You are asked to scan a code or enter your PIN to receive money.",
                        "A photo of an army identity card is sent to win your trust.",
                    ],
                },
            ),
            (
                "what_to_do",
                {
                    "heading": "",
                    "steps": [
                        "Remember: you never need a PIN or a QR code to receive money.",
                        "Sell face to face, or use the marketplace's own payment.",
                    ],
                },
            ),
        ],
    },
    {
        "slug": "fake-instant-loan-apps",
        "title": "Instant-loan apps that blackmail borrowers",
        "summary": "Loan apps outside the app store, or with no RBI-registered lender, copy your contacts and photos, then threaten to send edited pictures to your family unless you pay again and again.",
        "severity": 4,
        "categories": ["fake-loan-app"],
        "audiences": ["college-students", "general-public"],
        "contact_methods": ["app", "social"],
        "impersonates": ["lender"],
        "district": None,
        "days_ago": 15,
        "body": [
            (
                "how_it_works",
                {
                    "heading": "",
                    "steps": [
                        "An advert offers a loan in ten minutes with no documents.",
                        "The app asks to read your contacts, photos and messages.",
                        "Less money than promised arrives, and repayment is demanded within a week with huge charges.",
                        "Callers abuse you and message your contacts with morphed photos.",
                    ],
                },
            ),
            (
                "what_to_do",
                {
                    "heading": "",
                    "steps": [
                        "Borrow only from banks and lenders you can check on the RBI's list.",
                        "If you are being threatened, do not pay more: save the messages and report.",
                        "Tell your contacts that any message about you from that number is fake.",
                    ],
                },
            ),
            (
                "lost_money",
                {
                    "note": "Keep screenshots of the app, the payments and every threat; the cyber cell needs them."
                },
            ),
        ],
    },
    {
        "slug": "investment-trading-groups",
        "title": "WhatsApp 'share tips' groups that show fake profits",
        "summary": "You are added to a group where 'experts' post daily stock tips and members boast of profits. An app shows your investment growing, but you can never withdraw it.",
        "severity": 3,
        "categories": ["investment-fraud"],
        "audiences": ["retired-personnel", "healthcare-staff", "general-public"],
        "contact_methods": ["whatsapp", "social", "app"],
        "impersonates": ["investment"],
        "district": None,
        "days_ago": 24,
        "body": [
            (
                "red_flags",
                {
                    "heading": "",
                    "flags": [
                        "Guaranteed returns of several per cent a week.",
                        "A trading app that is not from a SEBI-registered broker.",
                        "A 'tax' or 'fee' you must pay before you can withdraw.",
                    ],
                },
            ),
            (
                "what_to_do",
                {
                    "heading": "",
                    "steps": [
                        "Leave the group and do not pay any withdrawal fee.",
                        "Invest only through a registered broker you can find on SEBI's site.",
                    ],
                },
            ),
        ],
    },
    {
        "slug": "video-call-sextortion",
        "title": "Video-call blackmail: hang up, do not pay",
        "summary": "A stranger's video call shows obscene content, records your face and then demands money to delete the clip. Paying never ends it. Block the caller and report.",
        "severity": 3,
        "categories": ["sextortion"],
        "audiences": ["college-students", "school-students", "armed-forces"],
        "contact_methods": ["social", "whatsapp"],
        "impersonates": ["police"],
        "district": None,
        "days_ago": 33,
        "body": [
            (
                "how_it_works",
                {
                    "heading": "",
                    "steps": [
                        "A friendly profile chats with you and asks for a video call.",
                        "The call shows obscene content and records you.",
                        "Someone posing as a police officer or a YouTuber then demands money.",
                    ],
                },
            ),
            (
                "what_to_do",
                {
                    "heading": "",
                    "steps": [
                        "Do not pay and do not reply.",
                        "Save the profile link and screenshots, then block the account.",
                        "Report it: you are the victim, and the report is confidential.",
                    ],
                },
            ),
        ],
    },
    {
        "slug": "fake-customer-care-numbers",
        "title": "Customer-care numbers found through web search can be fake",
        "summary": "Fraudsters pay to put fake helpline numbers at the top of search results for banks, airlines and delivery firms. The 'agent' then asks you to install a screen-sharing app.",
        "severity": 2,
        "categories": ["fake-customer-care"],
        "audiences": ["senior-citizens", "old-age-homes", "general-public"],
        "contact_methods": ["phone", "website"],
        "impersonates": ["customer_care", "bank"],
        "district": "kolkata",
        "days_ago": 41,
        "body": [
            (
                "red_flags",
                {
                    "heading": "",
                    "flags": [
                        "The number is a mobile number, not the company's published toll-free one.",
                        "You are asked to install AnyDesk, TeamViewer or a similar app.",
                    ],
                },
            ),
            (
                "what_to_do",
                {
                    "heading": "",
                    "steps": [
                        "Take numbers only from the company's own app, website or your statement.",
                        "Never let a caller see your screen.",
                    ],
                },
            ),
            (
                "indicators",
                {
                    "heading": "",
                    "indicators": [
                        {
                            "kind": "phone",
                            "value": "+91 80000 55555",
                            "note": "Posed as a bank helpline",
                        },
                        {
                            "kind": "upi",
                            "value": "refund.helpdesk@okbank",
                            "note": "Asked for a 'refund fee'",
                        },
                    ],
                },
            ),
        ],
    },
    {
        "slug": "fake-police-digital-arrest",
        "title": "No police officer arrests you on a video call",
        "summary": "Callers posing as police, customs or a courier say a parcel in your name holds drugs and keep you on a video call for hours until you transfer your savings. This is a fraud.",
        "severity": 4,
        "categories": ["phishing-link"],
        "audiences": ["senior-citizens", "retired-personnel", "old-age-homes"],
        "contact_methods": ["phone", "whatsapp"],
        "impersonates": ["police", "courier", "government"],
        "district": None,
        "days_ago": 52,
        "body": [
            (
                "how_it_works",
                {
                    "heading": "",
                    "steps": [
                        "A recorded call says a courier parcel in your name was seized.",
                        "You are 'transferred' to a police officer in uniform on a video call.",
                        "You are told not to tell anyone and to move money to a 'safe account' for checking.",
                    ],
                },
            ),
            (
                "what_to_do",
                {
                    "heading": "",
                    "steps": [
                        "Hang up. Real police do not question people on video calls or ask for money.",
                        "Tell a family member at once, and call 1930 if you have paid anything.",
                    ],
                },
            ),
            (
                "quote",
                {
                    "quote": "Our main worry is the elderly. We spend more time with them, help them install the app and save our WhatsApp number, so they can ask us without coming to the police station.",
                    "attribution": "An officer of the south-west division, Kolkata",
                },
            ),
        ],
    },
    {
        "slug": "fake-profile-asking-for-money",
        "title": "A friend's new profile asking for urgent money may be fake",
        "summary": "Fraudsters copy a person's photos into a new profile and message their friends asking for money for a hospital bill. Call the person on their known number before you pay.",
        "severity": 2,
        "categories": ["social-media-harassment"],
        "audiences": ["general-public", "residential-complexes", "ngos"],
        "contact_methods": ["social"],
        "impersonates": ["relative"],
        "district": "kathua",
        "days_ago": 60,
        "body": [
            (
                "what_to_do",
                {
                    "heading": "",
                    "steps": [
                        "Call your friend on the number you already have.",
                        "Report the fake profile to the platform and warn others.",
                        "If your own photos were copied, report it to the cyber cell.",
                    ],
                },
            ),
        ],
    },
    {
        "slug": "electricity-bill-disconnection-sms",
        "title": "'Electricity will be cut tonight' messages",
        "summary": "Messages say your power will be disconnected tonight because a bill was not updated, and give an officer's number. Pay bills only through the supplier's own app or office.",
        "severity": 3,
        "categories": ["phishing-link", "fake-customer-care"],
        "audiences": ["senior-citizens", "residential-complexes"],
        "contact_methods": ["sms", "phone"],
        "impersonates": ["government", "customer_care"],
        "district": "kolkata",
        "days_ago": 75,
        "related": ["kyc-update-sms-scam"],
        "body": [
            (
                "red_flags",
                {
                    "heading": "",
                    "flags": [
                        "A personal mobile number for an 'electricity officer'.",
                        "A demand to pay a small amount through a link or app.",
                    ],
                },
            ),
        ],
    },
    {
        "slug": "kyc-update-phone-calls",
        "title": "Calls about a 'KYC update' ask you to install an app",
        "summary": "A caller says he is from your bank and needs to update your KYC. He asks you to install an app and read out a code. Banks do not update KYC over the phone.",
        "severity": 2,
        "categories": ["kyc-update-scam"],
        "audiences": ["senior-citizens", "retired-personnel"],
        "contact_methods": ["phone"],
        "impersonates": ["bank"],
        "district": "jammu",
        "days_ago": 190,
        "superseded_by": "kyc-update-sms-scam",
        "body": [
            (
                "red_flags",
                {
                    "heading": "",
                    "flags": [
                        "The caller already knows your name and the last digits of your card.",
                        "You are asked to install an app so that he can 'help' you.",
                    ],
                },
            ),
        ],
    },
]

GUIDELINES = [
    {
        "slug": "using-your-browser-safely",
        "title": "Using your web browser safely",
        "summary": "How to use Google Chrome or any browser so that a fake website cannot fool you.",
        "audiences": ["senior-citizens", "school-students", "general-public"],
        "categories": ["phishing-link"],
        "body": [
            (
                "checklist",
                {
                    "heading": "Every time you go online",
                    "dos": [
                        "Type the address of your bank yourself, or use its official app.",
                        "Keep the browser and phone updated.",
                        "Check the full address before you sign in.",
                    ],
                    "donts": [
                        "Do not sign in from a link in an SMS or WhatsApp message.",
                        "Do not save passwords on a shared phone.",
                        "Do not install browser add-ons a stranger suggests.",
                    ],
                },
            ),
        ],
    },
    {
        "slug": "paying-online",
        "title": "Paying online only when you are satisfied",
        "summary": "Pay only after you have seen the product, and never to receive money.",
        "audiences": ["general-public", "college-students"],
        "categories": ["olx-marketplace-fraud"],
        "body": [
            (
                "checklist",
                {
                    "heading": "",
                    "dos": [
                        "Prefer cash on delivery from sellers you do not know.",
                        "Pay only when you are satisfied with the product.",
                        "Check your bank SMS after every payment.",
                    ],
                    "donts": [
                        "Never scan a QR code or enter a PIN to receive money.",
                        "Do not pay an 'advance' to hold a deal.",
                    ],
                },
            ),
        ],
    },
    {
        "slug": "links-and-messages",
        "title": "Links and messages: stop before you tap",
        "summary": "Avoid links that are not secure or that come from strangers; check with the sender another way.",
        "audiences": ["general-public", "school-students", "healthcare-staff"],
        "categories": ["phishing-link", "kyc-update-scam"],
        "body": [
            (
                "checklist",
                {
                    "heading": "",
                    "dos": [
                        "Forward doubtful messages to the cyber cell's WhatsApp number and ask.",
                        "Open only addresses that start with https and the real name.",
                    ],
                    "donts": [
                        "Do not open shortened links from unknown numbers.",
                        "Do not install apps sent as files (APK) on WhatsApp.",
                    ],
                },
            ),
        ],
    },
    {
        "slug": "help-for-elderly-residents",
        "title": "For older residents: save the police WhatsApp number",
        "summary": "Save your police station's WhatsApp help number and message it whenever a call or message worries you.",
        "audiences": ["senior-citizens", "old-age-homes"],
        "categories": [],
        "body": [
            (
                "steps",
                {
                    "heading": "Save the number once",
                    "steps": [
                        "Ask a family member or the visiting officer to save the number for you.",
                        "Name it 'Police help' so you can find it quickly.",
                        "Send a photo of any message that worries you; an officer replies.",
                    ],
                },
            ),
        ],
    },
]


_KYC_INDICATORS = [
    "http://kyc-update-bank.example.net/verify",
    "+91 70000 12345",
]


def _kyc_body(steps, flags, todo, notes):
    """The KYC advisory's body in another language; the indicators stay as they are."""
    url, phone = _KYC_INDICATORS
    return [
        ("how_it_works", {"heading": "", "steps": steps}),
        ("red_flags", {"heading": "", "flags": flags}),
        ("what_to_do", {"heading": "", "steps": todo}),
        (
            "indicators",
            {
                "heading": "",
                "indicators": [
                    {"kind": "url", "value": url, "note": notes[0]},
                    {"kind": "phone", "value": phone, "note": notes[1]},
                ],
            },
        ),
    ]


TRANSLATED_ADVISORY = {
    "slug": "kyc-update-sms-scam",
    "hi": {
        "title": "'आपका केवाईसी समाप्त हो गया है' वाले संदेश एक जाल हैं",
        "summary": "एसएमएस और व्हाट्सऐप संदेशों में कहा जाता है कि लिंक से केवाईसी अपडेट न करने पर आज ही आपका बैंक खाता या वॉलेट बंद हो जाएगा। बैंक ऐसा कभी नहीं करते। लिंक न खोलें और ओटीपी किसी को न बताएं।",
        "body": _kyc_body(
            [
                "एक संदेश आता है कि आपका केवाईसी समाप्त हो गया है और आज रात आपका खाता बंद हो जाएगा।",
                "लिंक एक ऐसा पेज खोलता है जो आपके बैंक की साइट जैसा दिखता है, या कोई ऐप इंस्टॉल करने को कहता है।",
                "आप अपना कार्ड नंबर और ओटीपी डालते हैं, या ऐप आपके एसएमएस पढ़ लेता है।",
                "कुछ ही मिनटों में आपके खाते से पैसे निकल जाते हैं।",
            ],
            [
                "कुछ घंटों की समय-सीमा और खाता बंद करने की धमकी।",
                "बैंक के नाम के बजाय किसी साधारण मोबाइल नंबर से आया लिंक।",
                "ओटीपी, पिन, सीवीवी या स्क्रीन-शेयरिंग ऐप की कोई भी माँग।",
            ],
            [
                "लिंक न खोलें और संदेश में दिए नंबर पर वापस कॉल न करें।",
                "संदेह हो तो अपनी शाखा जाएँ या पासबुक पर छपे नंबर पर कॉल करें।",
                "संदेश मिटा दें और भेजने वाले को ब्लॉक करें।",
            ],
            ["नकली बैंक पेज", "इस नंबर से एसएमएस आया"],
        ),
    },
    "bn": {
        "title": "'আপনার কেওয়াইসি শেষ হয়ে গেছে' বার্তা একটি ফাঁদ",
        "summary": "এসএমএস ও হোয়াটসঅ্যাপ বার্তায় বলা হয়, লিংকে গিয়ে কেওয়াইসি আপডেট না করলে আজই আপনার ব্যাংক অ্যাকাউন্ট বা ওয়ালেট বন্ধ হয়ে যাবে। ব্যাংক কখনও এমন করে না। লিংক খুলবেন না, ওটিপি কাউকে বলবেন না।",
        "body": _kyc_body(
            [
                "একটি বার্তা আসে যে আপনার কেওয়াইসি শেষ হয়ে গেছে এবং আজ রাতে অ্যাকাউন্ট বন্ধ হয়ে যাবে।",
                "লিংকটি আপনার ব্যাংকের মতো দেখতে একটি পাতা খোলে, অথবা একটি অ্যাপ ইনস্টল করতে বলে।",
                "আপনি কার্ড নম্বর ও ওটিপি দেন, অথবা অ্যাপটি আপনার এসএমএস পড়ে নেয়।",
                "কয়েক মিনিটের মধ্যে আপনার অ্যাকাউন্ট থেকে টাকা চলে যায়।",
            ],
            [
                "কয়েক ঘণ্টার সময়সীমা আর অ্যাকাউন্ট বন্ধ করার হুমকি।",
                "ব্যাংকের নামের বদলে সাধারণ মোবাইল নম্বর থেকে আসা লিংক।",
                "ওটিপি, পিন, সিভিভি বা স্ক্রিন-শেয়ারিং অ্যাপ চাওয়া।",
            ],
            [
                "লিংক খুলবেন না, বার্তার নম্বরে ফোন করবেন না।",
                "সন্দেহ হলে নিজের শাখায় যান বা পাসবইয়ে ছাপা নম্বরে ফোন করুন।",
                "বার্তাটি মুছে দিন এবং প্রেরককে ব্লক করুন।",
            ],
            ["ভুয়া ব্যাংকের পাতা", "এই নম্বর থেকে এসএমএস এসেছে"],
        ),
    },
    "ur": {
        "title": "'آپ کا کے وائی سی ختم ہو گیا ہے' والے پیغامات ایک جال ہیں",
        "summary": "ایس ایم ایس اور واٹس ایپ پیغامات میں کہا جاتا ہے کہ لنک کے ذریعے کے وائی سی اپڈیٹ نہ کرنے پر آج ہی آپ کا بینک اکاؤنٹ یا والیٹ بند ہو جائے گا۔ بینک ایسا کبھی نہیں کرتے۔ لنک نہ کھولیں اور او ٹی پی کسی کو نہ بتائیں۔",
        "body": _kyc_body(
            [
                "ایک پیغام آتا ہے کہ آپ کا کے وائی سی ختم ہو گیا ہے اور آج رات آپ کا اکاؤنٹ بند ہو جائے گا۔",
                "لنک ایسا صفحہ کھولتا ہے جو آپ کے بینک کی سائٹ جیسا لگتا ہے، یا کوئی ایپ انسٹال کرنے کو کہتا ہے۔",
                "آپ اپنا کارڈ نمبر اور او ٹی پی درج کرتے ہیں، یا ایپ آپ کے ایس ایم ایس پڑھ لیتی ہے۔",
                "چند منٹوں میں آپ کے اکاؤنٹ سے پیسے نکل جاتے ہیں۔",
            ],
            [
                "چند گھنٹوں کی مہلت اور اکاؤنٹ بند کرنے کی دھمکی۔",
                "بینک کے نام کے بجائے کسی عام موبائل نمبر سے آیا ہوا لنک۔",
                "او ٹی پی، پن، سی وی وی یا اسکرین شیئرنگ ایپ کا کوئی بھی مطالبہ۔",
            ],
            [
                "لنک نہ کھولیں اور پیغام میں دیے گئے نمبر پر واپس کال نہ کریں۔",
                "شک ہو تو اپنی برانچ جائیں یا اپنی پاس بک پر چھپے نمبر پر کال کریں۔",
                "پیغام مٹا دیں اور بھیجنے والے کو بلاک کر دیں۔",
            ],
            ["جعلی بینک صفحہ", "اس نمبر سے ایس ایم ایس آیا"],
        ),
    },
}


def _checklist(heading, dos, donts):
    return [("checklist", {"heading": heading, "dos": dos, "donts": donts})]


TRANSLATED_GUIDELINE = {
    "slug": "using-your-browser-safely",
    "hi": {
        "title": "वेब ब्राउज़र का सुरक्षित उपयोग",
        "summary": "Google Chrome या कोई भी ब्राउज़र ऐसे इस्तेमाल करें कि कोई नकली वेबसाइट आपको धोखा न दे सके।",
        "body": _checklist(
            "हर बार ऑनलाइन जाते समय",
            [
                "अपने बैंक का पता खुद टाइप करें, या उसका आधिकारिक ऐप इस्तेमाल करें।",
                "ब्राउज़र और फ़ोन को अपडेट रखें।",
                "साइन इन करने से पहले पूरा पता जाँच लें।",
            ],
            [
                "एसएमएस या व्हाट्सऐप संदेश के लिंक से साइन इन न करें।",
                "साझा फ़ोन पर पासवर्ड सेव न करें।",
                "किसी अजनबी के सुझाए ब्राउज़र ऐड-ऑन इंस्टॉल न करें।",
            ],
        ),
    },
    "bn": {
        "title": "ওয়েব ব্রাউজার নিরাপদে ব্যবহার",
        "summary": "Google Chrome বা যেকোনো ব্রাউজার এমনভাবে ব্যবহার করুন যাতে কোনো ভুয়া ওয়েবসাইট আপনাকে ঠকাতে না পারে।",
        "body": _checklist(
            "প্রতিবার অনলাইনে যাওয়ার সময়",
            [
                "নিজের ব্যাংকের ঠিকানা নিজে টাইপ করুন, বা তার অফিসিয়াল অ্যাপ ব্যবহার করুন।",
                "ব্রাউজার ও ফোন আপডেট রাখুন।",
                "সাইন ইন করার আগে পুরো ঠিকানাটি দেখে নিন।",
            ],
            [
                "এসএমএস বা হোয়াটসঅ্যাপ বার্তার লিংক থেকে সাইন ইন করবেন না।",
                "শেয়ার করা ফোনে পাসওয়ার্ড সেভ করবেন না।",
                "অচেনা কারও কথায় ব্রাউজার অ্যাড-অন ইনস্টল করবেন না।",
            ],
        ),
    },
    "ur": {
        "title": "ویب براؤزر کا محفوظ استعمال",
        "summary": "گوگل کروم یا کوئی بھی براؤزر اس طرح استعمال کریں کہ کوئی جعلی ویب سائٹ آپ کو دھوکا نہ دے سکے۔",
        "body": _checklist(
            "جب بھی آپ آن لائن جائیں",
            [
                "اپنے بینک کا پتہ خود ٹائپ کریں، یا اس کی سرکاری ایپ استعمال کریں۔",
                "براؤزر اور فون کو اپڈیٹ رکھیں۔",
                "سائن ان کرنے سے پہلے پورا پتہ جانچ لیں۔",
            ],
            [
                "ایس ایم ایس یا واٹس ایپ پیغام کے لنک سے سائن ان نہ کریں۔",
                "مشترکہ فون پر پاس ورڈ محفوظ نہ کریں۔",
                "کسی اجنبی کے کہنے پر براؤزر ایڈ آن انسٹال نہ کریں۔",
            ],
        ),
    },
}


# Title and introduction of the two list pages in every site language.
INDEX_PAGES = {
    "advisories": {
        "en": ("Fraud advisories", "Frauds reported to us, newest first."),
        "hi": ("धोखाधड़ी की चेतावनियाँ", "हमें बताई गई धोखाधड़ी, सबसे नई पहले।"),
        "bn": ("প্রতারণা সতর্কতা", "আমাদের কাছে জানানো প্রতারণা, সবচেয়ে নতুনটি আগে।"),
        "ur": ("فراڈ کے انتباہات", "ہمیں بتائے گئے فراڈ، سب سے نئے پہلے۔"),
    },
    "guidelines": {
        "en": (
            "Safe-browsing guidelines",
            "Simple habits that keep you safe online. Print them for your notice board.",
        ),
        "hi": (
            "सुरक्षित ब्राउज़िंग के दिशानिर्देश",
            "आसान आदतें जो आपको ऑनलाइन सुरक्षित रखती हैं। इन्हें छापकर नोटिस बोर्ड पर लगाएँ।",
        ),
        "bn": (
            "নিরাপদ ব্রাউজিং নির্দেশিকা",
            "অনলাইনে নিরাপদ থাকার সহজ অভ্যাস। ছাপিয়ে নোটিস বোর্ডে লাগিয়ে রাখুন।",
        ),
        "ur": (
            "محفوظ براؤزنگ کے رہنما اصول",
            "آسان عادتیں جو آپ کو آن لائن محفوظ رکھتی ہیں۔ انہیں چھاپ کر نوٹس بورڈ پر لگائیں۔",
        ),
    },
}
