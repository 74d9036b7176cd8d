"""Site-wide demo facts: home titles, the taxonomy and its names in hi, bn and ur."""

HOME_TITLES = {
    "en": (
        "Cyber Suraksha: stay safe from online fraud",
        "Warnings about frauds going round now, and what to do if you are targeted.",
    ),
    "hi": (
        "साइबर सुरक्षा: ऑनलाइन धोखाधड़ी से बचें",
        "अभी चल रही धोखाधड़ी की चेतावनियाँ, और निशाना बनने पर क्या करें।",
    ),
    "bn": ("সাইবার সুরক্ষা: অনলাইন প্রতারণা থেকে সাবধান", "এখন চলা প্রতারণার সতর্কবার্তা, আর লক্ষ্য হলে কী করবেন।"),
    "ur": (
        "سائبر سرکشا: آن لائن دھوکہ دہی سے بچیں",
        "ابھی چل رہے فراڈ کی وارننگ، اور نشانہ بننے پر کیا کریں۔",
    ),
}

CATEGORIES = [
    (
        "kyc-update-scam",
        "KYC-update scam",
        "Messages saying your bank or wallet KYC has expired.",
        "#1d4ed8",
    ),
    (
        "olx-marketplace-fraud",
        "OLX and marketplace fraud",
        "Fake buyers and sellers on classified sites.",
        "#7c2d12",
    ),
    (
        "fake-loan-app",
        "Fake loan app",
        "Instant-loan apps that steal contacts and blackmail.",
        "#6b21a8",
    ),
    (
        "investment-fraud",
        "Investment fraud",
        "Trading groups and schemes promising high returns.",
        "#065f46",
    ),
    (
        "sextortion",
        "Sextortion and obscene material",
        "Video-call traps and threats to share images.",
        "#9f1239",
    ),
    (
        "social-media-harassment",
        "Social-media harassment and defamation",
        "Fake profiles, abuse and defamation online.",
        "#3730a3",
    ),
    (
        "fake-customer-care",
        "Fake customer care",
        "Fake helpline numbers found through web search.",
        "#854d0e",
    ),
    (
        "phishing-link",
        "Phishing link",
        "Links that copy a real website to steal passwords.",
        "#b91c1c",
    ),
]

AUDIENCES = [
    ("school-students", "School students", "Children and teenagers at school."),
    ("college-students", "College students", "Students in colleges and universities."),
    ("senior-citizens", "Senior citizens", "People over sixty, often living alone."),
    ("old-age-homes", "Old-age homes", "Residents and staff of homes for the elderly."),
    (
        "retired-personnel",
        "Retired personnel",
        "Pensioners and retired government and forces staff.",
    ),
    ("armed-forces", "Armed forces", "Serving soldiers, sailors, airmen and their families."),
    ("healthcare-staff", "Healthcare staff", "Doctors, nurses and hospital staff."),
    ("ngos", "NGOs", "Non-governmental organisations and volunteers."),
    (
        "residential-complexes",
        "Residential complexes",
        "Housing societies and apartment complexes.",
    ),
    ("general-public", "General public", "Everyone."),
]

DISTRICTS = [
    ("jammu", "Jammu", "Jammu and Kashmir"),
    ("samba", "Samba", "Jammu and Kashmir"),
    ("kathua", "Kathua", "Jammu and Kashmir"),
    ("udhampur", "Udhampur", "Jammu and Kashmir"),
    ("reasi", "Reasi", "Jammu and Kashmir"),
    ("doda", "Doda", "Jammu and Kashmir"),
    ("kishtwar", "Kishtwar", "Jammu and Kashmir"),
    ("ramban", "Ramban", "Jammu and Kashmir"),
    ("rajouri", "Rajouri", "Jammu and Kashmir"),
    ("poonch", "Poonch", "Jammu and Kashmir"),
    ("kolkata", "Kolkata", "West Bengal"),
]

# Names of the terms in the other site languages, so that their pages read naturally.
TERM_TRANSLATIONS = {
    # Kinds of fraud
    "kyc-update-scam": ("केवाईसी अपडेट धोखा", "কেওয়াইসি আপডেট প্রতারণা", "کے وائی سی اپڈیٹ فراڈ"),
    "olx-marketplace-fraud": (
        "ओएलएक्स और ऑनलाइन बाज़ार धोखा",
        "ওএলএক্স ও অনলাইন বাজার প্রতারণা",
        "او ایل ایکس اور آن لائن بازار فراڈ",
    ),
    "fake-loan-app": ("फर्जी लोन ऐप", "ভুয়া লোন অ্যাপ", "جعلی قرض ایپ"),
    "investment-fraud": ("निवेश धोखाधड़ी", "বিনিয়োগ প্রতারণা", "سرمایہ کاری فراڈ"),
    "sextortion": (
        "सेक्सटॉर्शन और अश्लील सामग्री",
        "সেক্সটর্শন ও অশ্লীল সামগ্রী",
        "جنسی بلیک میلنگ اور فحش مواد",
    ),
    "social-media-harassment": (
        "सोशल मीडिया पर उत्पीड़न और मानहानि",
        "সোশ্যাল মিডিয়ায় হয়রানি ও মানহানি",
        "سوشل میڈیا پر ہراسانی اور ہتک عزت",
    ),
    "fake-customer-care": ("फर्जी कस्टमर केयर", "ভুয়া কাস্টমার কেয়ার", "جعلی کسٹمر کیئر"),
    "phishing-link": ("फ़िशिंग लिंक", "ফিশিং লিংক", "فشنگ لنک"),
    # Audiences
    "school-students": ("स्कूली छात्र", "স্কুলের ছাত্রছাত্রী", "اسکول کے طلبہ"),
    "college-students": ("कॉलेज के छात्र", "কলেজের ছাত্রছাত্রী", "کالج کے طلبہ"),
    "senior-citizens": ("वरिष्ठ नागरिक", "প্রবীণ নাগরিক", "بزرگ شہری"),
    "old-age-homes": ("वृद्धाश्रम", "বৃদ্ধাশ্রম", "اولڈ ایج ہوم"),
    "retired-personnel": ("सेवानिवृत्त कर्मी", "অবসরপ্রাপ্ত কর্মী", "ریٹائرڈ ملازمین"),
    "armed-forces": ("सशस्त्र बल", "সশস্ত্র বাহিনী", "مسلح افواج"),
    "healthcare-staff": ("स्वास्थ्यकर्मी", "স্বাস্থ্যকর্মী", "طبی عملہ"),
    "ngos": ("स्वयंसेवी संस्थाएँ", "স্বেচ্ছাসেবী সংস্থা", "غیر سرکاری تنظیمیں"),
    "residential-complexes": ("आवासीय परिसर", "আবাসিক কমপ্লেক্স", "رہائشی سوسائٹیاں"),
    "general-public": ("आम जनता", "সাধারণ মানুষ", "عام لوگ"),
    # Districts
    "jammu": ("जम्मू", "জম্মু", "جموں"),
    "samba": ("सांबा", "সাম্বা", "سانبہ"),
    "kathua": ("कठुआ", "কাঠুয়া", "کٹھوعہ"),
    "udhampur": ("उधमपुर", "উধমপুর", "اودھم پور"),
    "reasi": ("रियासी", "রিয়াসি", "ریاسی"),
    "doda": ("डोडा", "ডোডা", "ڈوڈہ"),
    "kishtwar": ("किश्तवाड़", "কিশতওয়াড়", "کشتواڑ"),
    "ramban": ("रामबन", "রামবন", "رام بن"),
    "rajouri": ("राजौरी", "রাজৌরি", "راجوری"),
    "poonch": ("पुंछ", "পুঞ্চ", "پونچھ"),
    "kolkata": ("कोलकाता", "কলকাতা", "کولکاتا"),
}
