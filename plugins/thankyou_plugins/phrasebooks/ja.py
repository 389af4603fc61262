# ruff: noqa: RUF001  (native punctuation: en dashes, full-width marks)
"""Japanese phrasebook (``ja``).

Business keigo as in the thank-you mails that Japanese career sites teach: the
address names the company, the department when it is known and the person
with 様 (the full name, as in an address block, which also avoids mistaking a
given name for the family name), or 採用ご担当者様 when no name is known;
御中 is never combined with 様. The company is 貴社 in writing (御社 is the
spoken form) and never 貴社様. The writer introduces themself after the
address, as Japanese mails do. A highlight is followed by について or の, which
never change.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from thankyou import Check, CheckContext, Finding, Phrasebook, Severity
from thankyou.hookspecs import hookimpl

SOURCE = (
    "mynavi-agent.jp (面接のお礼メール: subject '面接のお礼（氏名）', address with company, "
    "department and 〇〇様 or 採用ご担当者様, 貴社 in writing, send the same day within "
    "business hours); docoic.com; hataractive.jp"
)

_PERSON = "{company}\u3000{department}\u3000{name}様"

PHRASEBOOK = Phrasebook(
    locale="ja",
    subjects=(
        "面接のお礼（{candidate}）",
        "{date}の面接のお礼（{candidate}）",
        "【面接のお礼】{position}\u3000{candidate}",
    ),
    salutations={
        # With the department when it is known; "name" is the same address without it.
        **dict.fromkeys(
            (
                "ms",
                "mr",
                "mx",
                "dr",
                "prof",
                "ms+dr",
                "mr+dr",
                "mx+dr",
                "ms+prof",
                "mr+prof",
                "mx+prof",
            ),
            _PERSON,
        ),
        "name": "{company}\u3000{name}様",
        "team": "{company}\u3000採用ご担当者様",
    },
    openers=(
        "{date}に{position}の面接をしていただきました{candidate}です。"
        "ご多忙の中、貴重なお時間を割いていただき、誠にありがとうございました。",
        "{date}、貴社の{position}の面接を受けました{candidate}と申します。"
        "このたびは面接の機会を設けていただき、心より御礼申し上げます。",
        "{date}に{position}の面接でお世話になりました{candidate}です。"
        "面接では丁寧にお話しいただき、誠にありがとうございました。",
    ),
    short_openers=(
        "{date}の面接では貴重なお時間をいただき、誠にありがとうございました。",
        "{position}の面接の機会をいただき、誠にありがとうございました。",
        "{date}は面接でお世話になり、誠にありがとうございました。",
    ),
    highlights=(
        "特に{highlight}についてのお話が印象に残っております。",
        "{highlight}について詳しくお聞かせいただき、貴社の取り組みへの理解が一層深まりました。",
        "面接の中で伺った{highlight}のお話から、貴社で働く姿をより具体的に思い描くことが"
        "できました。",
        "{highlight}に関するお話は大変興味深く、多くの学びがありました。",
    ),
    short_highlights=(
        "{highlight}のお話が特に印象に残りました。",
        "{highlight}について伺えたことは、大変貴重な機会となりました。",
    ),
    interest=(
        "面接を通じて、貴社で働きたいという思いがいっそう強くなりました。",
        "これまでの経験を活かし、貴社に貢献したいという気持ちが一段と高まっております。",
        "お話を伺い、ぜひ貴社の一員として力を尽くしたいと改めて感じました。",
    ),
    short_interest=(
        "貴社で働きたいという思いがいっそう強くなりました。",
        "ぜひ貴社の一員として貢献したいと考えております。",
    ),
    fits=(
        "これまでに培った経験は、{position}の業務にも十分に活かせるものと考えております。",
        "新しい環境でも主体的に学び、一日も早く貴社の戦力となれるよう努めてまいります。",
        "過去のプロジェクトで得た知見を、貴社の業務に役立てたいと考えております。",
        "面接で伺ったチームの働き方は、私が大切にしている価値観とも合致しております。",
    ),
    follow_ups=(
        "ご不明な点や追加で必要な書類などがございましたら、お気軽にお申し付けください。",
        "面接でお伝えしきれなかった点についても、必要に応じて改めてご説明いたします。",
        "必要がございましたら、前職での実績をまとめた資料もお送りいたします。",
    ),
    closers=(
        "末筆ながら、貴社のますますのご発展を心よりお祈り申し上げます。",
        "まずは面接のお礼を申し上げたく、ご連絡いたしました。",
        "改めまして、面接の機会をいただきましたことに深く感謝申し上げます。",
    ),
    short_closers=(
        "心より感謝申し上げます。",
        "重ねて御礼申し上げます。",
    ),
    sign_offs=("何卒よろしくお願い申し上げます。", "今後ともどうぞよろしくお願いいたします。"),
    signature="{sign_off}\n\n{candidate}",
    source=SOURCE,
)


@hookimpl
def thankyou_phrasebooks() -> Iterable[Phrasebook]:
    return (PHRASEBOOK,)


# --- proofreading: written business Japanese -------------------------------------------

_SPOKEN_ONSHA = "御社"
_DOUBLE_HONORIFIC = "貴社様"


def _each(text: str, needle: str) -> Iterator[int]:
    start = text.find(needle)
    while start != -1:
        yield start
        start = text.find(needle, start + len(needle))


def onsha(ctx: CheckContext) -> Iterator[Finding]:
    """御社 is how "your company" is spoken; a letter or mail writes 貴社."""
    for start in _each(ctx.text, _SPOKEN_ONSHA):
        yield Finding(
            "ja-onsha",
            Severity.WARNING,
            "御社 is the spoken form; in a written note, 'your company' is 貴社 (mynavi-agent.jp)",
            start,
            start + len(_SPOKEN_ONSHA),
            "貴社",
        )


def kisha_sama(ctx: CheckContext) -> Iterator[Finding]:
    """貴社 is already honorific: 貴社様 doubles it."""
    for start in _each(ctx.text, _DOUBLE_HONORIFIC):
        yield Finding(
            "ja-kisha-sama",
            Severity.WARNING,
            "貴社様 doubles the honorific; write 貴社",
            start,
            start + len(_DOUBLE_HONORIFIC),
            "貴社",
        )


def onchu_sama(ctx: CheckContext) -> Iterator[Finding]:
    """御中 addresses an organisation and 様 a person: never both for one addressee."""
    offset = 0
    for line in ctx.text.splitlines(keepends=True):
        where = line.find("御中")
        if where != -1 and "様" in line:
            start = offset + where
            yield Finding(
                "ja-onchu-sama",
                Severity.WARNING,
                "御中 (for a company or department) and 様 (for a person) are not "
                "combined; address the person with 様 only",
                start,
                start + 2,
                "",
            )
        offset += len(line)


CHECKS = (
    Check("ja-onsha", onsha, languages=("ja",)),
    Check("ja-kisha-sama", kisha_sama, languages=("ja",)),
    Check("ja-onchu-sama", onchu_sama, languages=("ja",)),
)


@hookimpl
def thankyou_checks() -> Iterable[Check]:
    return CHECKS
