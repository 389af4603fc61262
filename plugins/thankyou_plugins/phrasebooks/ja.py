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

from collections.abc import Iterable

from thankyou import Phrasebook
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
        "{date}に{position}の面接でお時間をいただきました{candidate}です。"
        "ご多忙の中、貴重なお時間を割いていただき、誠にありがとうございました。",
        "{date}、貴社の{position}の面接を受けました{candidate}と申します。"
        "このたびは面接の機会を設けていただき、心より御礼申し上げます。",
        "{date}に{position}の面接でお世話になりました{candidate}です。"
        "面接では丁寧にお話しいただき、誠にありがとうございました。",
    ),
    short_openers=(
        "{date}の面接では貴重なお時間をいただき、誠にありがとうございました。",
        "{position}の面接の機会をいただき、誠にありがとうございました。",
    ),
    highlights=(
        "特に{highlight}についてのお話が印象に残っております。",
        "{highlight}について詳しくお聞かせいただき、貴社の取り組みへの理解が一層深まりました。",
        "面接の中で伺った{highlight}のお話から、貴社で働く姿をより具体的に思い描くことが"
        "できました。",
        "{highlight}に関するお話は大変興味深く、多くの学びがありました。",
    ),
    short_highlights=("{highlight}のお話が特に印象に残りました。",),
    interest=(
        "面接を通じて、貴社で働きたいという思いがいっそう強くなりました。",
        "これまでの経験を活かし、貴社に貢献したいという気持ちが一段と高まっております。",
        "お話を伺い、ぜひ貴社の一員として力を尽くしたいと改めて感じました。",
    ),
    short_interest=("貴社で働きたいという思いがいっそう強くなりました。",),
    fits=(
        "これまでに培った経験は、{position}の業務にも十分に活かせるものと考えております。",
        "新しい環境でも主体的に学び、一日も早く貴社の戦力となれるよう努めてまいります。",
        "過去のプロジェクトで得た知見を、貴社の業務に役立てたいと考えております。",
        "面接で伺ったチームの働き方は、私が大切にしている価値観とも合致しております。",
    ),
    follow_ups=(
        "ご不明な点や追加で必要な書類などがございましたら、お気軽にお申し付けください。",
        "面接でお伝えしきれなかった点についても、必要に応じて改めてご説明いたします。",
        "必要でしたら、前職での実績をまとめた資料もお送りいたします。",
    ),
    closers=(
        "末筆ながら、貴社のますますのご発展を心よりお祈り申し上げます。",
        "まずは面接のお礼を申し上げたく、ご連絡いたしました。",
        "改めまして、面接の機会をいただきましたことに心より感謝申し上げます。",
    ),
    short_closers=("心より感謝申し上げます。",),
    sign_offs=("何卒よろしくお願い申し上げます。", "今後ともどうぞよろしくお願いいたします。"),
    signature="{sign_off}\n\n{candidate}",
    source=SOURCE,
)


@hookimpl
def thankyou_phrasebooks() -> Iterable[Phrasebook]:
    return (PHRASEBOOK,)
