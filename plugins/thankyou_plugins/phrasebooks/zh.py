# ruff: noqa: RUF001, RUF002  (native punctuation: en dashes, full-width marks)
"""Chinese phrasebook (``zh``, Simplified script).

Formal 您 throughout; "尊敬的王女士：" / "尊敬的王先生：" with a full-width colon,
an academic title (博士, 教授) in place of the gendered one, the name alone
when no gender is given, and "尊敬的招聘负责人：" for an unknown reader. The
letter greets with 您好！ and closes with the traditional 此致 / 敬礼！ on two
lines, or 祝您工作顺利！. The company is 贵公司. A highlight is framed by
关于…的 or 对…的, which never change.
"""

from __future__ import annotations

from collections.abc import Iterable

from thankyou import Phrasebook
from thankyou.hookspecs import hookimpl

SOURCE = (
    "joyen.net (面试感谢信: 尊敬的…, 您, 此致 敬礼 layout); Xinhua 2009 on thank-you "
    "letters after interviews (optional; foreign firms more receptive, weak)"
)

PHRASEBOOK = Phrasebook(
    locale="zh",
    subjects=(
        "面试感谢信（{candidate}）",
        "感谢{date}的面试机会（{candidate}）",
        "{position}一职面试感谢（{candidate}）",
    ),
    salutations={
        "ms": "尊敬的{family_name}女士：",
        "mr": "尊敬的{family_name}先生：",
        "dr": "尊敬的{family_name}博士：",
        "prof": "尊敬的{family_name}教授：",
        "name": "尊敬的{name}：",
        "team": "尊敬的招聘负责人：",
    },
    openers=(
        "您好！非常感谢您于{date}在百忙之中抽出时间与我面谈，让我对{company}的{position}"
        "一职有了更深入的了解。",
        "您好！我是{date}参加{position}一职面试的{candidate}，衷心感谢您给予我这次宝贵的面试机会。",
        "您好！感谢您{date}抽出宝贵时间，与我就{company}的{position}一职进行交流。",
    ),
    short_openers=(
        "您好！感谢您{date}抽出时间与我面谈。",
        "您好！感谢您给予我{position}一职的面试机会。",
        "您好！非常感谢您{date}的面试。",
    ),
    highlights=(
        "面试中关于{highlight}的交流让我受益匪浅。",
        "您对{highlight}的介绍令我印象深刻，也让我更清楚地了解了这个岗位的工作内容。",
        "我们关于{highlight}的讨论，让我对贵公司的业务有了更直观的认识。",
    ),
    short_highlights=(
        "关于{highlight}的交流令我印象深刻。",
        "您对{highlight}的介绍让我受益良多。",
    ),
    interest=(
        "这次面试让我更加坚定了加入贵公司的愿望。",
        "我非常希望能够成为贵公司团队的一员，为团队的发展贡献自己的力量。",
        "通过这次交流，我对这个岗位更加向往。",
    ),
    short_interest=(
        "我非常期待能加入贵公司。",
        "希望有机会成为贵公司团队的一员。",
    ),
    fits=(
        "我相信，自己以往积累的工作经验能够很好地运用到{position}的工作中。",
        "我会保持学习的热情，尽快适应新的工作环境，为团队创造价值。",
        "我在过去项目中获得的经验，与面试中谈到的工作内容十分契合。",
        "面试中了解到的团队工作方式，与我的职业理念非常一致。",
    ),
    short_closers=("期待您的回复。", "再次感谢您的时间。"),
    follow_ups=(
        "如需我补充任何材料，请随时告知。",
        "如您对我的经历还有任何疑问，我很乐意进一步说明。",
        "如有需要，我也可以提供推荐人信息。",
    ),
    closers=(
        "期待您的回复。",
        "再次感谢您的时间与耐心。",
        "期待有机会与您共事。",
    ),
    sign_offs=("此致\n敬礼！", "祝您工作顺利！"),
    signature="{sign_off}\n\n{candidate}",
    source=SOURCE,
)


@hookimpl
def thankyou_phrasebooks() -> Iterable[Phrasebook]:
    return (PHRASEBOOK,)
