"""Issue 13, session 30: readers' comments without reply buttons, in a page's visible text.

Session 29 took a comment when a reply button stood under it. Most news sites' comment boxes show none in their text:
a label or count ("टिप्पणियां (3)"), then per comment a header with its author and time ("राकेश श्रीवास्तव 2 घंटे
पहले", "রমেশ শর্মা । 14/09/2024 08:12 AM") right above the comment. ``bench_page_lines.py``: 509 of the TUNE families'
2,930 chrome lines kept below the article stood under such a short line with a figure. The header's time is the
evidence; a forum (the replies hold more words than the post above their label), a bare number over a line (a vote
count), a label on every card of a listing are not comment threads.

Every line here is written for this test."""

from shuddh.lang.profile import load_profile
from shuddh.stages.clean.chrome import clean_lines

MENU = ["होम", "देश", "राज्य", "खेल", "मनोरंजन", "बिजनेस", "वीडियो"]
HEADLINE = "लखनऊ नगर निगम ने हाउस टैक्स की नई दरें लागू कीं, 500 वर्ग फुट तक के मकानों को राहत"
ARTICLE = [
    "लखनऊ : नगर निगम कार्यकारिणी ने सोमवार को हाउस टैक्स की नई दरों को मंजूरी दे दी। पांच सौ वर्ग फुट तक के मकानों पर "
    "कोई बढ़ोतरी नहीं होगी, जबकि व्यावसायिक भवनों की दरें दस प्रतिशत बढ़ाई गई हैं।",
    "महापौर ने बताया कि बढ़ी हुई आय से शहर की सड़कों, सीवर और कूड़ा उठान की व्यवस्था सुधारी जाएगी। नई दरें एक अप्रैल "
    "से लागू होंगी और ऑनलाइन भुगतान पर पांच प्रतिशत की छूट मिलेगी।",
    "विपक्षी पार्षदों ने बैठक में किराएदारों पर पड़ने वाले असर का मुद्दा उठाया और दरों की समीक्षा की मांग की।",
]
COMMENTS = [
    ("राजेश वर्मा 2 घंटे पहले", "पहले सड़कें और सीवर तो ठीक करवा दीजिए, फिर टैक्स बढ़ाइए। इंदिरानगर में हफ्ते भर से पानी भरा है।"),
    ("सना खान 3 घंटे पहले", "500 वर्ग फुट वालों को राहत अच्छी बात है, लेकिन किराएदारों पर भी इसका असर पड़ेगा।"),
    ("अमित यादव, आलमबाग 14-03-2025 09:40 PM", "ऑनलाइन भुगतान की छूट अच्छा कदम है।"),
]
FOOTER = ["हमें फॉलो करें", "फेसबुक", "ट्विटर", "यूट्यूब", "© 2025 अवध समाचार. सर्वाधिकार सुरक्षित।"]


def _reasons(lines: list[str], profile: str = "hi", **kw: bool) -> dict[str, str | None]:
    return dict(zip(lines, clean_lines(list(lines), load_profile(profile), **kw), strict=True))


def _thread(label: str = "टिप्पणियां (3)") -> list[str]:
    return [label, *(x for pair in COMMENTS for x in pair)]


def test_comments_under_a_label_go_with_their_headers() -> None:
    lines = [*MENU, HEADLINE, *ARTICLE, *_thread(), *FOOTER]
    got = _reasons(lines)
    for head, text in COMMENTS:
        assert got[head] == "structure.comment", got
        assert got[text] == "structure.comment", got
    assert all(got[p] is None for p in [HEADLINE, *ARTICLE])


def test_an_avatar_initial_above_the_header_goes_too() -> None:
    lines = [*MENU, HEADLINE, *ARTICLE, "टिप्पणियां (2)", "टिप्पणी लिखें...",
             "म", "मनीष गुप्ता 9 नव॰", COMMENTS[0][1], "D", "Dr. S. K. Mishra 10 नव॰", COMMENTS[1][1], *FOOTER]
    got = _reasons(lines)
    assert [got[x] for x in ("म", "मनीष गुप्ता 9 नव॰", COMMENTS[0][1], "D", COMMENTS[1][1])] == \
        ["structure.comment"] * 5, got


def test_comments_stay_when_the_stage_keeps_them() -> None:
    lines = [*MENU, HEADLINE, *ARTICLE, *_thread(), *FOOTER]
    got = _reasons(lines, comments=False)
    assert all(got[x] is None for pair in COMMENTS for x in pair)


def test_bengali_comments_with_the_time_glued_to_the_name() -> None:
    article = ["কলকাতা : শহরের কাজিপাড়া বাজারে মঙ্গলবার রাতে একটি সোনার দোকানে চুরির ঘটনা ঘটেছে। দোকানের মালিক জানিয়েছেন, "
               "প্রায় পাঁচ লক্ষ টাকার গয়না খোয়া গিয়েছে এবং পুলিশ তদন্ত শুরু করেছে।",
               "স্থানীয় ব্যবসায়ীরা বাজারে রাতের পাহারা বাড়ানোর দাবি জানিয়েছেন। পুলিশ সিসিটিভির ফুটেজ খতিয়ে দেখছে বলে জানা গিয়েছে।"]
    comments = ["শুভজিৎ রায়১ ঘণ্টা আগে", "বাজারে দিনের বেলা এত ভিড় থাকে, সেখানে এমন ঘটনা ভাবা যায় না।",
                "মিতালি ঘোষ৩৫ মিনিট আগে", "আগের ঘটনাগুলোর কী হল সেটাও জানানো হোক।"]
    lines = ["হোম", "খবর", "খেলা", "বিনোদন", "কাজিপাড়া বাজারে সোনার দোকানে চুরি", *article, "মন্তব্য (২)", *comments,
             "আমাদের ফলো করুন", "ফেসবুক", "ইউটিউব"]
    got = _reasons(lines, "bn")
    assert all(got[c] == "structure.comment" for c in comments), got
    assert all(got[a] is None for a in article)


def test_a_forums_replies_longer_than_its_post_stay() -> None:
    """A forum thread: a post, "N replies", then "name · date" over each reply. Its replies are the page's text, and
    they hold more words than the post above the label."""
    post = ("Looking for cheap family dinners that the kids will actually eat. We are four at home and trying to cut "
            "the weekly food bill by a third without living on pasta every night. Both of us work late on weekdays, "
            "so anything that cooks in one pan or in the oven while we do homework is ideal. What works for you?")
    replies = [
        ("longshot · 03/03/2026 19:44", "Big tray of chicken thighs with peppers, onions and whatever vegetables are "
         "left in the fridge, roasted together and served with rice. It feeds us twice and the leftovers make lunch."),
        ("keepingsanity · 03/03/2026 19:49", "Lentil dal with homemade flatbreads is the cheapest thing we eat. A bag "
         "of red lentils lasts weeks and the spices go a long way once you have bought them the first time."),
        ("FolioQuarto · 03/03/2026 19:53", "Jacket potatoes with beans and grated cheese. Not glamorous, but my lot "
         "would eat it every night, and it costs almost nothing when potatoes are bought by the sack."),
    ]
    lines = ["Forums", "Food and recipes", "Start thread", "Cheap family dinners that work", post, "3 replies",
             *(x for pair in replies for x in pair), "Leave a reply", "Terms of use"]
    got = _reasons(lines, "web-common")
    assert all(got[x] is None for pair in replies for x in pair), got


def test_a_vote_count_is_no_comment_header() -> None:
    """A Q&A answer under its vote count: a bare number is no time."""
    question = ("How do I move the keyboard focus to the list of files in the file manager without clicking? I have "
                "tried tabbing through the window but it stops on the toolbar and the address bar first, every time. "
                "A shortcut that lands straight on the files would save me a lot of key presses each day.")
    answer = "Press F6 twice: the first press selects the address bar and the second moves the focus to the files."
    lines = ["Questions", "Tags", "Users", "Move focus to the file list", question, "Comments", "154", answer,
             "Share", "Terms of use"]
    got = _reasons(lines, "web-common")
    assert got[answer] is None, got
    assert got["154"] is None, got


def test_a_label_on_every_card_opens_no_thread() -> None:
    """A listing's cards each end with "Add Comment": a button, not a comment section's label; the next card's date
    and title stay."""
    intro = ("The week's most read posts on accessible design, chosen by the editors from what our readers shared "
             "most. Each one comes with a short note on why it made the list and who should read it first, and "
             "the full archive of earlier weeks is one click away.")
    cards = []
    for title, who, day in (("Screen reader testing on a budget", "Asha Rao", "Mar 7"),
                            ("Colour contrast for charts that print well", "Ben Ortiz", "Mar 6"),
                            ("Keyboard traps and how to find them", "Lena Park", "Mar 5")):
        cards += [f"{who} {day}", title, "Add Comment"]
    lines = ["Home", "Posts", "Tags", "Accessible design this week", intro, *cards, "About", "Terms of use"]
    got = _reasons(lines, "web-common")
    assert all(got[c] is None for c in cards if c != "Add Comment"), got


def test_a_thread_ends_where_other_lines_begin() -> None:
    """Three lines that are neither comments nor lexicon lines end the thread: a dated line over a sentence further
    down (an archive list) is not a comment."""
    later = ["शहर की पानी व्यवस्था पर श्रृंखला", "नगर निगम बजट पर विशेष परिशिष्ट", "पिछले सप्ताह की प्रमुख रिपोर्टें",
             "मार्च 2025 के अंक", "नगर निगम के चुनाव की पूरी कवरेज इस अंक में पढ़ी जा सकती है और पिछले अंक भी उपलब्ध हैं"]
    lines = [*MENU, HEADLINE, *ARTICLE, *_thread(), *later]
    got = _reasons(lines)
    assert got[COMMENTS[-1][1]] == "structure.comment"
    assert all(got[x] != "structure.comment" for x in later), got


# ---- a headline that pauses with two full stops is no paragraph ----

TE_MENU = ["హోమ్", "తెలంగాణ", "ఆంధ్రప్రదేశ్", "సినిమా", "క్రీడలు", "బిజినెస్"]
TE_HEADLINE = "నగరంలో భారీ వర్షం: లోతట్టు ప్రాంతాలు జలమయం, ట్రాఫిక్‌కు తీవ్ర అంతరాయం"
TE_ARTICLE = [
    "హైదరాబాద్ : నగరంలో బుధవారం సాయంత్రం కురిసిన భారీ వర్షానికి పలు లోతట్టు ప్రాంతాలు జలమయమయ్యాయి. ప్రధాన రహదారులపై "
    "మోకాలి లోతు నీరు నిలవడంతో వాహనదారులు తీవ్ర ఇబ్బందులు పడ్డారు.",
    "నాలాల్లో పూడిక తీయకపోవడమే ముంపునకు కారణమని స్థానికులు ఆరోపించారు. సహాయక చర్యల కోసం ప్రత్యేక బృందాలను రంగంలోకి "
    "దించినట్లు అధికారులు తెలిపారు.",
]
TE_TEASERS = ["మెట్రో రెండో దశకు కేంద్రం ఆమోదం.. నాలుగేళ్లలో పూర్తి చేయాలని లక్ష్యం",
              "రేషన్ కార్డుల దరఖాస్తులకు గడువు పొడిగింపు.. ఈ నెలాఖరు వరకు అవకాశం",
              "ఉస్మానియా ఆసుపత్రి కొత్త భవనానికి శంకుస్థాపన.. రెండు వేల పడకలతో నిర్మాణం"]
TE_FOOTER = ["మమ్మల్ని ఫాలో అవ్వండి", "ఫేస్‌బుక్", "యూట్యూబ్", "© 2025 నగర వార్తలు. సర్వ హక్కులూ ప్రత్యేకించబడ్డాయి."]


def test_teaser_headlines_that_pause_with_two_dots_stay_in_their_box() -> None:
    """"ఆమోదం.. నాలుగేళ్లలో" is a headline's pause, not two sentences: the line is not body, so it neither ends the
    related box nor stays as the article's text."""
    lines = [*TE_MENU, TE_HEADLINE, *TE_ARTICLE, "సంబంధిత వార్తలు", *TE_TEASERS, *TE_FOOTER]
    got = _reasons(lines, "te")
    assert all(got[t] == "structure.headlines" for t in TE_TEASERS), got
    assert all(got[p] is None for p in [TE_HEADLINE, *TE_ARTICLE])


def test_a_paragraph_with_two_dots_inside_stays() -> None:
    """A terminated paragraph with ".." inside is body as before, under a label or not."""
    para = ("అధికారులు వచ్చారు.. చూశారు.. వెళ్లిపోయారు. సమస్య మాత్రం అలాగే ఉందని కాలనీ వాసులు ఆవేదన వ్యక్తం చేశారు. "
            "వచ్చే వర్షాకాలం లోపు పనులు పూర్తి చేయాలని వారు డిమాండ్ చేశారు.")
    lines = [*TE_MENU, TE_HEADLINE, TE_ARTICLE[0], "సంబంధిత వార్తలు", TE_TEASERS[0], para, TE_ARTICLE[1], *TE_FOOTER]
    got = _reasons(lines, "te")
    assert got[para] is None, got
    assert got[TE_ARTICLE[1]] is None
