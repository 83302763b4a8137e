"""A small corpus written for the engine tests: Hindi articles, exact and near copies spread over
several files, short and empty records, and lines that are not JSON (quarantined)."""

from __future__ import annotations

from pathlib import Path

import orjson

# four unrelated articles, written for these tests
RAIL = ("रेलवे ने घोषणा की है कि त्योहारों के मौसम में यात्रियों की भीड़ को देखते हुए बीस नई विशेष गाड़ियाँ चलाई "
        "जाएँगी। ये गाड़ियाँ दिल्ली, पटना, लखनऊ और कोलकाता जैसे बड़े शहरों को जोड़ेंगी। अधिकारियों ने बताया कि "
        "टिकटों की बुकिंग अगले सोमवार से शुरू होगी और यात्री इन्हें स्टेशन की खिड़की या वेबसाइट से ले सकेंगे। "
        "स्टेशनों पर अतिरिक्त कर्मचारी तैनात किए जाएँगे ताकि लोगों को लंबी कतारों में खड़ा न रहना पड़े। "
        "रेलवे ने यात्रियों से अपील की है कि वे समय से पहले स्टेशन पहुँचें और अपना सामान सँभालकर रखें।")
SCHOOL = ("गाँव के सरकारी विद्यालय में इस वर्ष एक नई पुस्तकालय और विज्ञान प्रयोगशाला बनाई गई है। प्रधानाचार्य ने "
          "बताया कि अब बच्चे किताबें घर ले जाकर पढ़ सकेंगे और प्रयोग अपने हाथों से करके सीखेंगे। अभिभावकों ने इस "
          "पहल की सराहना की और कहा कि पहले बच्चों को ऐसी सुविधाओं के लिए शहर जाना पड़ता था। शिक्षकों के लिए भी "
          "एक प्रशिक्षण शिविर लगाया जाएगा जिसमें उन्हें नई पढ़ाने की विधियाँ सिखाई जाएँगी। विद्यालय समिति ने "
          "गाँव के लोगों से पुरानी किताबें दान करने का अनुरोध किया है।")
FARM = ("इस बार मानसून समय पर आने से किसानों के चेहरे खिल उठे हैं। धान की रोपाई तेज़ी से चल रही है और कृषि "
        "विभाग ने बीज तथा खाद की पर्याप्त आपूर्ति का भरोसा दिलाया है। विशेषज्ञों का कहना है कि अच्छी बारिश से "
        "भूजल का स्तर भी सुधरेगा, जिससे अगली फसल के लिए सिंचाई आसान होगी। कुछ ज़िलों में ज़्यादा पानी भरने की "
        "शिकायतें भी आई हैं, जहाँ अधिकारियों ने नालियों की सफ़ाई के आदेश दिए हैं। किसानों को मौसम की जानकारी "
        "मोबाइल संदेशों से भेजी जा रही है।")
HEALTH = ("ज़िला अस्पताल में अगले महीने से हर शनिवार को मुफ़्त नेत्र जाँच शिविर लगेगा। डॉक्टरों ने बताया कि "
          "बुज़ुर्गों में मोतियाबिंद की समस्या आम है और समय पर जाँच से आँखों की रोशनी बचाई जा सकती है। शिविर में "
          "चश्मे भी कम दाम पर दिए जाएँगे और ज़रूरतमंद मरीज़ों का ऑपरेशन अस्पताल में ही होगा। स्वास्थ्य विभाग ने "
          "आशा कार्यकर्ताओं से कहा है कि वे गाँव-गाँव जाकर लोगों को इस शिविर के बारे में बताएँ। पिछले वर्ष ऐसे "
          "शिविरों में हज़ारों लोगों की जाँच हुई थी।")
ARTICLES = (RAIL, SCHOOL, FARM, HEALTH)
#: the text the kill-once stage dies on (a document in the middle of the second file)
TRIGGER = "विशेष चिह्न वाला लेख"


def write_corpus(root: Path) -> list[str]:
    """Four JSONL files; returns their paths. Files 1-3 repeat file 0's articles exactly or nearly."""
    files: list[list[bytes]] = [[] for _ in range(4)]
    for i, text in enumerate(ARTICLES):
        files[0].append(orjson.dumps({"id": f"orig{i}", "text": text}))
        files[1].append(orjson.dumps({"id": f"exact{i}", "text": text}))  # exact copy in another shard
        # near copy: one word changed and a sentence added
        near = text.replace("बताया", "कहा", 1) + " यह समाचार हमारे संवाददाता ने भेजा है।"
        files[2].append(orjson.dumps({"id": f"near{i}", "text": near}))
    files[1].insert(2, orjson.dumps({"id": "short", "text": "छोटा लेख"}))  # dropped before the trigger
    files[1].insert(3, orjson.dumps({"id": "trigger", "text": f"{TRIGGER}। {HEALTH} {RAIL}"}))
    files[1].append(b"{this line is not JSON")
    files[3] = [orjson.dumps({"id": "empty", "text": ""}), orjson.dumps({"id": "mix", "text": f"{FARM} {SCHOOL}"})]
    paths = []
    for k, lines in enumerate(files):
        p = root / f"f{k}.jsonl"
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(b"\n".join(lines) + b"\n")
        paths.append(str(p))
    return paths


def output_tree(out: Path) -> dict[str, bytes]:
    """Every file that must be byte-identical across executors: kept/dropped/quarantine/removed and stats.json."""
    files = {str(p.relative_to(out)): p.read_bytes()
             for sub in ("kept", "dropped", "quarantine", "removed")
             for p in sorted((out / sub).rglob("*")) if p.is_file()}
    files["stats.json"] = (out / "stats.json").read_bytes()
    return files
