# ruff: noqa: RUF001, RUF002  (native punctuation: en dashes, full-width marks)
"""Korean phrasebook (``ko``).

Formal 합니다체 throughout. The subject follows the pattern Korean career
writers recommend ("[감사 인사] … 면접 기회를 주셔서 감사합니다 – 지원자 …"); the
address is the full name with 님 (spaced after a full name), 박사님 or 교수님
for an academic title, or "채용 담당자님께" when no name is known; the
company is 귀사. The writer introduces themself after 안녕하십니까 and signs
with 드림. A placeholder is only ever followed by a particle that does not
depend on the final consonant (에, 에 관한, 입니다), so any name or topic reads
correctly.
"""

from __future__ import annotations

from collections.abc import Iterable

from thankyou import Phrasebook
from thankyou.hookspecs import hookimpl

SOURCE = (
    "brunch.co.kr (면접 감사 메일: subject '[감사 인사] ○○직무 면접 기회를 주셔서 "
    "감사합니다 – 지원자 ○○○', send 9–11 a.m. the next day); inthiswork.com "
    "(uncommon at large conglomerates, useful at start-ups and foreign firms)"
)

PHRASEBOOK = Phrasebook(
    locale="ko",
    subjects=(
        "[감사 인사] {position} 면접 기회를 주셔서 감사합니다 – 지원자 {candidate}",
        "[면접 감사 인사] {company} {position} 지원자 {candidate}",
        "[감사 인사] {date} 면접 기회에 감사드립니다 – 지원자 {candidate}",
    ),
    salutations={
        "name": "{name} 님께",
        "dr": "{name} 박사님께",
        "prof": "{name} 교수님께",
        "team": "{company} 채용 담당자님께",
    },
    openers=(
        "안녕하십니까. {date}에 {company} {position} 면접을 본 {candidate}입니다. "
        "바쁘신 와중에도 귀한 시간을 내어 주셔서 진심으로 감사드립니다.",
        "안녕하십니까. {position}에 지원한 {candidate}입니다. {date} 면접에서 소중한 "
        "시간을 내어 주셔서 감사합니다.",
        "안녕하십니까. {date} {company} 면접에 참석한 {candidate}입니다. {position} 면접 "
        "기회를 주셔서 진심으로 감사드립니다.",
    ),
    short_openers=(
        "{date} 면접 기회를 주셔서 진심으로 감사드립니다.",
        "{position} 면접에 귀한 시간을 내어 주셔서 감사합니다.",
        "{company} 면접에 시간을 내어 주셔서 진심으로 감사드립니다.",
    ),
    highlights=(
        "특히 {highlight}에 관한 말씀이 인상 깊었습니다.",
        "{highlight}에 대해 자세히 설명해 주셔서 업무를 더 깊이 이해할 수 있었습니다.",
        "면접 중 나눈 {highlight}에 관한 이야기를 통해 귀사가 나아가는 방향을 더 분명히 "
        "알게 되었습니다.",
    ),
    short_highlights=(
        "{highlight}에 관한 말씀이 특히 인상 깊었습니다.",
        "{highlight}에 대해 들려주신 말씀이 큰 도움이 되었습니다.",
    ),
    interest=(
        "면접을 통해 귀사에서 일하고 싶은 마음이 더욱 커졌습니다.",
        "제 경험을 살려 귀사의 성장에 기여하고 싶습니다.",
        "귀사의 일원이 되어 함께 성장할 수 있기를 기대합니다.",
    ),
    short_interest=(
        "귀사와 함께하고 싶은 마음이 더욱 커졌습니다.",
        "귀사에서 꼭 함께 일하고 싶습니다.",
    ),
    fits=(
        "그동안 쌓아 온 경험을 바탕으로 맡은 업무에서 빠르게 성과를 낼 수 있다고 생각합니다.",
        "새로운 환경에서도 적극적으로 배우며 팀에 보탬이 되도록 노력하겠습니다.",
        "지난 프로젝트에서 얻은 경험이 면접에서 말씀하신 업무와 잘 맞닿아 있습니다.",
        "말씀해 주신 팀의 일하는 방식에 깊이 공감했습니다.",
    ),
    follow_ups=(
        "추가로 필요하신 자료가 있으시면 언제든지 말씀해 주십시오.",
        "면접에서 충분히 말씀드리지 못한 부분이 있다면 추가로 설명드리겠습니다.",
        "원하시면 이전 직장의 추천서도 보내 드리겠습니다.",
    ),
    closers=(
        "좋은 소식을 기다리겠습니다.",
        "다시 한번 면접 기회를 주셔서 감사드립니다.",
        "앞으로의 절차에도 성실히 임하겠습니다.",
    ),
    short_closers=(
        "좋은 소식을 기다리겠습니다.",
        "다시 한번 감사드립니다.",
    ),
    sign_offs=("감사합니다.", "좋은 하루 보내시기 바랍니다."),
    signature="{sign_off}\n\n{candidate} 드림",
    source=SOURCE,
)


@hookimpl
def thankyou_phrasebooks() -> Iterable[Phrasebook]:
    return (PHRASEBOOK,)
