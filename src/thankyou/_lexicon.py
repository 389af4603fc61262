"""Per-language word lists the proofreading rules read.

Data only. Each list is lower case; multi-word entries are matched word by
word. Where a word has a better replacement, the mapping gives it (the
rule's suggestion); ``None`` means "leave it out".
"""

from __future__ import annotations

__all__ = [
    "ADDRESS",
    "APOLOGY",
    "COMPANY_CUES_AFTER",
    "COMPANY_CUES_BEFORE",
    "FUNCTION_WORDS",
    "INFORMAL",
    "LEGAL_SUFFIXES",
    "NOT_NAMES",
    "REPEAT_OK",
    "SALARY",
    "TITLES",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Frequent short words by language: they tell the note's language apart and
#: are never evidence that a note mentions the interview.
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": _words(
        "the and to of a in for is that you with on it this was i my me we our your be "
        "as at are have from an by will would about what so our very thank thanks look "
        "forward again am it's i'm i'd i've also really much our us can could more all"
    ),
    "de": _words(
        "der die das und ich sie ihnen mit für den dem des ein eine einen einem ist zu "
        "von auf nicht sich auch es im in bei über freue mich sehr vielen dank habe hat "
        "wir unser ihr ihre noch wie gespräch grüßen"
    ),
    "fr": _words(
        "le la les et je vous de des du un une pour avec est que qui dans sur pas au aux "
        "ce cette mon ma mes votre vos nous très merci suis ai été entretien"
    ),
    "es": _words(
        "el la los las y yo usted de del un una para con es que en por muy su sus mi mis "
        "nos nuestro gracias estoy he sido entrevista le lo al"
    ),
    "pt": _words(
        "o a os as e eu você de do da dos das um uma para com é que em por muito seu sua "
        "meu minha obrigado obrigada agradeço entrevista não"
    ),
    "sv": _words(
        "och att det som en på är jag för med till av den om har var inte ett vi de så "
        "tack för samtalet intervjun gärna hälsningar vänlig hälsning er ert era dig du"
    ),
    "da": _words(
        "og at det som en på er jeg for med til af den om har var ikke et vi de så "
        "tak samtalen gerne venlig hilsen jer jeres dig du"
    ),
    "no": _words(
        "og at det som en på er jeg for med til av den om har var ikke et vi de så "
        "takk samtalen gjerne vennlig hilsen dere deres deg du"
    ),
    "nl": _words(
        "de het en ik u je van een voor met is dat in op niet ook zeer heel bedankt "
        "dank graag mijn uw wij ons gesprek hartelijk"
    ),
    "it": _words(
        "il lo la gli le e io lei di del della un una per con è che in non molto suo sua "
        "mio mia grazie colloquio sono ho stato ringrazio"
    ),
}

#: Slang, chat abbreviations and greetings that read as a text to a friend.
#: Value: a better word, or None to leave it out. Severity comes from the kind.
INFORMAL: dict[str, dict[str, tuple[str, str | None]]] = {
    # word -> (kind, suggestion); kind "chat" (an abbreviation) or "slang".
    "en": {
        "hey": ("slang", "Dear"),
        "heya": ("slang", "Dear"),
        "hiya": ("slang", "Dear"),
        "yo": ("slang", "Dear"),
        "gonna": ("slang", "going to"),
        "wanna": ("slang", "want to"),
        "gotta": ("slang", "have to"),
        "kinda": ("slang", "somewhat"),
        "sorta": ("slang", "somewhat"),
        "awesome": ("slang", "excellent"),
        "stoked": ("slang", "delighted"),
        "dude": ("slang", None),
        "guys": ("slang", "everyone"),
        "cool": ("slang", "interesting"),
        "yeah": ("slang", "yes"),
        "yep": ("slang", "yes"),
        "nope": ("slang", "no"),
        "cuz": ("slang", "because"),
        "coz": ("slang", "because"),
        "cya": ("chat", None),
        "thx": ("chat", "thank you"),
        "thnx": ("chat", "thank you"),
        "thanx": ("chat", "thank you"),
        "tks": ("chat", "thank you"),
        "ty": ("chat", "thank you"),
        "pls": ("chat", "please"),
        "plz": ("chat", "please"),
        "u": ("chat", "you"),
        "ur": ("chat", "your"),
        "r": ("chat", "are"),
        "btw": ("chat", "by the way"),
        "lol": ("chat", None),
        "omg": ("chat", None),
        "tbh": ("chat", None),
        "imo": ("chat", "in my view"),
        "imho": ("chat", "in my view"),
        "idk": ("chat", "I do not know"),
        "np": ("chat", None),
        "xoxo": ("chat", None),
        "luv": ("chat", None),
        "ttyl": ("chat", None),
        "b4": ("chat", "before"),
        "gr8": ("chat", "great"),
        "l8r": ("chat", "later"),
        "lmk": ("chat", "please let me know"),
        "rly": ("chat", "really"),
        "thnks": ("chat", "thank you"),
        "fwiw": ("chat", None),
    },
    "de": {
        "hey": ("slang", "Sehr geehrte"),
        "hi": ("slang", "Sehr geehrte"),
        "hallo": ("slang", "Sehr geehrte"),
        "servus": ("slang", "Sehr geehrte"),
        "moin": ("slang", "Sehr geehrte"),
        "tschüss": ("slang", "Mit freundlichen Grüßen"),
        "tschüs": ("slang", "Mit freundlichen Grüßen"),
        "ciao": ("slang", "Mit freundlichen Grüßen"),
        "cool": ("slang", "spannend"),
        "krass": ("slang", None),
        "geil": ("slang", None),
        "mega": ("slang", None),
        "lg": ("chat", "Mit freundlichen Grüßen"),
        "vg": ("chat", "Viele Grüße"),
        "mfg": ("chat", "Mit freundlichen Grüßen"),
        "thx": ("chat", "Vielen Dank"),
        "danke schön": ("slang", "vielen Dank"),
        "lol": ("chat", None),
        "omg": ("chat", None),
        "bzgl": ("chat", "bezüglich"),
    },
    "fr": {
        "salut": ("slang", "Madame, Monsieur,"),
        "coucou": ("slang", "Madame, Monsieur,"),
        "hey": ("slang", "Madame, Monsieur,"),
        "cool": ("slang", "intéressant"),
        "sympa": ("slang", "agréable"),
        "génial": ("slang", "passionnant"),
        "super": ("slang", "très"),
        "ouais": ("slang", "oui"),
        "bisous": ("slang", None),
        "bises": ("slang", None),
        "stp": ("chat", "s'il vous plaît"),
        "svp": ("chat", "s'il vous plaît"),
        "mdr": ("chat", None),
        "pk": ("chat", "pourquoi"),
        "pq": ("chat", "pourquoi"),
        "tkt": ("chat", None),
        "slt": ("chat", "Bonjour"),
        "bjr": ("chat", "Bonjour"),
        "cdt": ("chat", "Cordialement"),
        "cdlt": ("chat", "Cordialement"),
        "mrc": ("chat", "merci"),
        "jsp": ("chat", None),
    },
    "es": {
        "hey": ("slang", "Estimado"),
        "qué onda": ("slang", None),
        "guay": ("slang", "interesante"),
        "chévere": ("slang", "interesante"),
        "bacán": ("slang", "interesante"),
        "besos": ("slang", None),
        "besitos": ("slang", None),
        "xq": ("chat", "porque"),
        "pq": ("chat", "porque"),
        "q": ("chat", "que"),
        "tb": ("chat", "también"),
        "tmb": ("chat", "también"),
        "xfa": ("chat", "por favor"),
        "porfa": ("chat", "por favor"),
        "jaja": ("chat", None),
        "jajaja": ("chat", None),
        "xd": ("chat", None),
        "grax": ("chat", "gracias"),
    },
    "pt": {
        "oi": ("slang", "Prezado"),
        "valeu": ("slang", "obrigado"),
        "vc": ("chat", "você"),
        "pq": ("chat", "porque"),
        "tb": ("chat", "também"),
        "tbm": ("chat", "também"),
        "kkk": ("chat", None),
        "rs": ("chat", None),
        "bjs": ("chat", None),
        "abs": ("chat", "Atenciosamente"),
    },
    "nl": {
        "hoi": ("slang", "Geachte"),
        "hey": ("slang", "Geachte"),
        "doei": ("slang", "Met vriendelijke groet"),
        "tof": ("slang", None),
        "vet": ("slang", None),
        "mvg": ("chat", "Met vriendelijke groet"),
        "thx": ("chat", "bedankt"),
        "ff": ("chat", "even"),
    },
    "it": {
        "ciao": ("slang", "Gentile"),
        "ehi": ("slang", "Gentile"),
        "hey": ("slang", "Gentile"),
        "figo": ("slang", None),
        "mitico": ("slang", None),
        "xché": ("chat", "perché"),
        "cmq": ("chat", "comunque"),
        "nn": ("chat", "non"),
        "grz": ("chat", "grazie"),
        "tvb": ("chat", None),
    },
}

#: Chat abbreviations that are ordinary words when capitalised ("U.S.", "R&D").
CASE_SENSITIVE_CHAT = frozenset({"u", "r", "q", "ty", "np", "rs", "abs", "ff", "nn", "vet", "pk"})

#: Talk of pay in a thank-you note reads as the wrong priority.
SALARY: dict[str, frozenset[str]] = {
    "en": _words(
        "salary salaries compensation paycheck wage wages pay raise bonus bonuses equity "
        "stock options pto vacation days benefits package relocation allowance"
    ),
    "de": _words("gehalt gehalts gehaltsvorstellung vergütung lohn bonus urlaubstage zulage"),
    "fr": _words("salaire salaires rémunération prime primes avantages congés"),
    "es": _words("salario sueldo remuneración bono bonos vacaciones prestaciones"),
    "pt": _words("salário remuneração bônus férias benefícios"),
    "nl": _words("salaris loon bonus vakantiedagen"),
    "it": _words("stipendio retribuzione bonus ferie"),
}
#: Salary words that only count next to one of these (``pay`` is also "pay attention").
SALARY_PHRASES: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (
        ("salary",),
        ("salaries",),
        ("compensation",),
        ("paycheck",),
        ("wage",),
        ("wages",),
        ("pay", "range"),
        ("pay", "rise"),
        ("pay", "raise"),
        ("the", "pay"),
        ("a", "raise"),
        ("signing", "bonus"),
        ("the", "bonus"),
        ("stock", "options"),
        ("equity",),
        ("pto",),
        ("vacation", "days"),
        ("benefits", "package"),
        ("relocation", "allowance"),
    ),
    "de": (
        ("gehalt",),
        ("gehalts",),
        ("gehaltsvorstellung",),
        ("vergütung",),
        ("lohn",),
        ("bonus",),
        ("urlaubstage",),
    ),
    "fr": (("salaire",), ("salaires",), ("rémunération",), ("prime",), ("congés", "payés")),
    "es": (("salario",), ("sueldo",), ("remuneración",), ("bono",), ("prestaciones",)),
    "pt": (("salário",), ("remuneração",), ("bônus",)),
    "nl": (("salaris",), ("loon",), ("vakantiedagen",)),
    "it": (("stipendio",), ("retribuzione",)),
}

#: Apologising for the interview, or overselling oneself: both weaken a note.
APOLOGY: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (
        ("sorry",),
        ("apologize",),
        ("apologise",),
        ("apologies",),
        ("apology",),
        ("forgive", "me"),
        ("excuse", "my"),
        ("i", "was", "nervous"),
        ("i", "was", "so", "nervous"),
        ("i", "blanked"),
        ("i", "stumbled"),
        ("i", "rambled"),
        ("i", "messed", "up"),
        ("i", "should", "have"),
        ("perfect", "candidate"),
        ("best", "candidate"),
        ("ideal", "candidate"),
        ("only", "candidate"),
        ("won't", "regret"),
        ("will", "not", "regret"),
        ("look", "no", "further"),
        ("i", "guarantee"),
    ),
    "de": (
        ("entschuldigung",),
        ("entschuldigen",),
        ("entschuldige",),
        ("tut", "mir", "leid"),
        ("verzeihen", "sie"),
        ("ich", "war", "nervös"),
        ("perfekte", "kandidat"),
        ("perfekte", "kandidatin"),
        ("beste", "kandidat"),
        ("beste", "kandidatin"),
    ),
    "fr": (
        ("désolé",),
        ("désolée",),
        ("excuse",),
        ("excuses",),
        ("pardonnez",),
        ("j'étais", "nerveux"),
        ("j'étais", "nerveuse"),
        ("candidat", "idéal"),
        ("candidate", "idéale"),
        ("meilleur", "candidat"),
    ),
    "es": (
        ("perdón",),
        ("disculpe",),
        ("disculpas",),
        ("lo", "siento"),
        ("siento", "mucho"),
        ("estaba", "nervioso"),
        ("estaba", "nerviosa"),
        ("candidato", "ideal"),
        ("candidata", "ideal"),
        ("mejor", "candidato"),
    ),
    "pt": (("desculpe",), ("desculpa",), ("sinto", "muito"), ("candidato", "ideal")),
    "nl": (("sorry",), ("excuses",), ("het", "spijt", "me"), ("ideale", "kandidaat")),
    "it": (("scusi",), ("scusate",), ("mi", "dispiace"), ("candidato", "ideale")),
}

#: Forms of address: (informal, formal). Formal words marked with an
#: initial capital count only when capitalised (German "Sie", Italian "Lei").
#: The suggestion for each informal word is its formal counterpart.
ADDRESS: dict[str, tuple[dict[str, str], frozenset[str]]] = {
    "de": (
        {
            "du": "Sie",
            "dich": "Sie",
            "dir": "Ihnen",
            "dein": "Ihr",
            "deine": "Ihre",
            "deinen": "Ihren",
            "deinem": "Ihrem",
            "deiner": "Ihrer",
            "deines": "Ihres",
            "euch": "Ihnen",
            "euer": "Ihr",
            "eure": "Ihre",
        },
        _words("Sie Ihnen Ihr Ihre Ihren Ihrem Ihrer Ihres"),
    ),
    "fr": (
        {
            "tu": "vous",
            "toi": "vous",
            "ton": "votre",
            "ta": "votre",
            "tes": "vos",
            "t'ai": "vous ai",
            "te": "vous",
        },
        _words("vous votre vos"),
    ),
    "es": (
        {"tú": "usted", "tu": "su", "contigo": "con usted", "tus": "sus", "ti": "usted"},
        _words("usted ustedes Ud Vd"),
    ),
    "it": (
        {"tu": "Lei", "ti": "Le", "tuo": "Suo", "tua": "Sua", "tuoi": "Suoi", "tue": "Sue"},
        _words("Lei Le Suo Sua Suoi Sue"),
    ),
    "nl": (
        {"jij": "u", "jou": "u", "jouw": "uw"},
        _words("u uw"),
    ),
    "pt": (
        {"tu": "o senhor", "te": "lhe", "teu": "seu", "tua": "sua"},
        _words("senhor senhora"),
    ),
}

#: Words that introduce the organisation the candidate wants to join:
#: "join X", "working at X". Keyed by language; each entry is the words
#: right before the name.
COMPANY_CUES_BEFORE: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (
        ("join",),
        ("joining",),
        ("team", "at"),
        ("team", "of"),
        ("work", "at"),
        ("work", "for"),
        ("working", "at"),
        ("working", "for"),
        ("role", "at"),
        ("role", "with"),
        ("position", "at"),
        ("position", "with"),
        ("opportunity", "at"),
        ("opportunity", "with"),
        ("career", "at"),
        ("career", "with"),
        ("contract", "with"),
        ("contract", "at"),
        ("job", "at"),
        ("job", "with"),
        ("internship", "at"),
        ("internship", "with"),
        ("placement", "at"),
        ("placement", "with"),
        ("start", "at"),
        ("starting", "at"),
        ("future", "at"),
        ("culture", "at"),
        ("everyone", "at"),
        ("people", "at"),
        ("colleagues", "at"),
        ("interview", "at"),
        ("interviewing", "at"),
        ("interviewing", "with"),
        ("here", "at"),
        ("contribute", "to"),
        ("part", "of"),
        ("fit", "for"),
        ("fit", "at"),
    ),
    "de": (
        ("bei",),
        ("team", "von"),
        ("teil", "von"),
    ),
    "fr": (
        ("chez",),
        ("rejoindre",),
        ("équipe", "de"),
        ("équipes", "de"),
        ("sein", "de"),
        ("au", "sein", "de"),
    ),
    "es": (
        ("trabajar", "en"),
        ("puesto", "en"),
        ("unirme", "a"),
        ("equipo", "de"),
        ("formar", "parte", "de"),
    ),
    "pt": (("trabalhar", "na"), ("trabalhar", "no"), ("equipe", "da"), ("equipa", "da")),
    "nl": (("bij",), ("team", "van")),
    "it": (("presso",), ("team", "di")),
}
#: Words right after the name that show it is the employer: "X's mission".
COMPANY_CUES_AFTER: dict[str, frozenset[str]] = {
    "en": _words(
        "mission culture values vision products customers team teams approach commitment "
        "growth platform employees"
    ),
}

#: Capitalised words that are not organisations, whatever the cue before them.
NOT_NAMES = _words(
    "i i'm i'd i've i'll monday tuesday wednesday thursday friday saturday sunday january "
    "february march april may june july august september october november december the a an "
    "this that these those our your my his her their its we you it he she they and or but "
    "thank thanks dear best kind regards sincerely again today tomorrow yesterday "
    "sie ihnen ihr ihre ihrem ihren ihrer ihres ich wir es er der die das den dem des ein eine "
    "einen einem ihrem ihnen mir mich uns vous votre vos nous je le la les un une usted su sus "
    "nuestro nuestra el los las lo ustedes"
)

#: Words before a name: after them a capitalised word is a name, even if it is
#: also an ordinary word ("Frau Möller", "Dear Mark").
TITLES = _words(
    "mr mrs ms mx dr prof dear hi hello frau herr liebe lieber sehr geehrte geehrter "
    "madame monsieur mme mlle m sr sra srta señor señora don doña estimado estimada "
    "querido querida caro cara gentile gentili sig sig.ra dott dott.ssa signor signora "
    "meneer mevrouw heer beste geachte senhor senhora prezado prezada"
)

#: Legal forms that may be dropped or spelled out: "Acme Corp" is "Acme Corporation".
LEGAL_SUFFIXES = _words(
    "inc inc. incorporated corp corp. corporation co co. company llc l.l.c. ltd ltd. limited "
    "plc gmbh ag kg se sa s.a. sas sarl srl s.r.l. spa s.p.a. bv b.v. nv n.v. ab as asa oy "
    "pty kk k.k. group holding holdings"
)

#: Doubled words that are grammatical: "had had", "that that", "nous nous".
REPEAT_OK: dict[str, frozenset[str]] = {
    "en": _words("had that is"),
    "de": _words("die der das sie"),
    "fr": _words("nous vous"),
    "es": _words(""),
    "pt": _words(""),
    "nl": _words(""),
    "it": _words(""),
}
