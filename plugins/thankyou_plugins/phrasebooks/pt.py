# ruff: noqa: RUF001  (native punctuation: en dashes, full-width marks)
"""Portuguese phrasebooks: Brazil (``pt``, which serves ``pt_BR``) and Portugal (``pt_PT``).

Brazil: "Prezada Sra. …," and "Atenciosamente,". Portugal: the formal
"Exma. Sra. …," with the full name, "Exmos. Senhores," for an unknown reader,
"equipa" for "equipe", "ao dispor" for "à disposição" and "Com os melhores
cumprimentos,". Both avoid "obrigado/obrigada", which agrees with the
writer's gender ("Agradeço" instead), and name the company after "empresa",
so no article has to agree with a company name's gender.
"""

from __future__ import annotations

from collections.abc import Iterable

from thankyou import Phrasebook
from thankyou.hookspecs import hookimpl

from ._variant import variant

SOURCE_BR = (
    "3raintercambio.com ('Prezado(a)', 'Atenciosamente'; a thank-you note is uncommon "
    "in Brazil, so keep it short and formal)"
)
SOURCE_PT = (
    "trabalhador.pt (thank-you note about two days after the interview); Portuguese "
    "formal correspondence: 'Exmo./Exma.', 'Exmos. Senhores', 'Com os melhores "
    "cumprimentos'"
)

BASE = Phrasebook(
    locale="pt",
    subjects=(
        "Agradecimento pela entrevista de {date}",
        "Entrevista para a vaga de {position} – agradecimento",
        "Agradecimento – vaga de {position} na empresa {company}",
    ),
    salutations={
        "ms": "Prezada Sra. {family_name},",
        "mr": "Prezado Sr. {family_name},",
        "ms+dr": "Prezada Dra. {family_name},",
        "mr+dr": "Prezado Dr. {family_name},",
        "ms+prof": "Prezada Professora {family_name},",
        "mr+prof": "Prezado Professor {family_name},",
        "name": "Bom dia, {name},",
        "team": "Prezada equipe de recrutamento,",
    },
    openers=(
        "Agradeço a atenção e o tempo dedicados à nossa entrevista no dia {date} para a "
        "vaga de {position} na empresa {company}.",
        "Gostaria de agradecer a oportunidade de conversar no dia {date} sobre a vaga de "
        "{position} na empresa {company}.",
        "Agradeço mais uma vez a entrevista do dia {date} para a vaga de {position}.",
    ),
    highlights=(
        "Achei especialmente interessante a nossa conversa sobre {highlight}.",
        "O que conversamos sobre {highlight} me ajudou a entender melhor os desafios da vaga.",
        "A troca de ideias sobre {highlight} foi, para mim, um dos pontos altos da nossa conversa.",
    ),
    interest=(
        "A entrevista reforçou o meu interesse pela vaga e pela possibilidade de fazer "
        "parte da sua equipe.",
        "Acredito que minha experiência pode contribuir de forma concreta para os "
        "projetos da equipe.",
        "A possibilidade de trabalhar como {position} me motiva muito.",
    ),
    short_openers=(
        "Agradeço a entrevista do dia {date}.",
        "Agradeço a oportunidade de conversar sobre a vaga de {position}.",
        "Agradeço muito a conversa do dia {date}.",
    ),
    short_highlights=(
        "Gostei muito da conversa sobre {highlight}.",
        "Achei muito interessante o que conversamos sobre {highlight}.",
    ),
    short_interest=(
        "Tenho muito interesse na vaga.",
        "Seria uma alegria fazer parte da equipe.",
    ),
    fits=(
        "Com a experiência que acumulei, posso apresentar resultados desde o início.",
        "Tenho grande vontade de aplicar meus conhecimentos nos desafios de que falamos.",
        "As atividades apresentadas estão muito alinhadas com o que venho fazendo.",
        "A forma de trabalhar da equipe combina com o meu perfil.",
    ),
    follow_ups=(
        "Caso precise de mais alguma informação ou documento, terei prazer em enviá-los.",
        "Posso também detalhar qualquer aspecto da minha trajetória que seja do seu interesse.",
        "Se for útil, posso enviar referências de empregos anteriores.",
    ),
    closers=(
        "Fico à disposição para qualquer esclarecimento.",
        "Aguardo o seu retorno sobre as próximas etapas do processo.",
        "Agradeço novamente a sua atenção.",
    ),
    short_closers=(
        "Fico à disposição.",
        "Aguardo o seu retorno.",
    ),
    sign_offs=("Atenciosamente,", "Cordialmente,"),
    source=SOURCE_BR,
)

PORTUGAL = variant(
    BASE,
    "pt_PT",
    source=SOURCE_PT,
    salutations={
        "ms": "Exma. Sra. {name},",
        "mr": "Exmo. Sr. {name},",
        "ms+dr": "Exma. Sra. Dra. {name},",
        "mr+dr": "Exmo. Sr. Dr. {name},",
        "ms+prof": "Exma. Sra. Professora {name},",
        "mr+prof": "Exmo. Sr. Professor {name},",
        "name": "Bom dia, {name},",
        "team": "Exmos. Senhores,",
    },
    subjects=(
        "Agradecimento pela entrevista de {date}",
        "Entrevista para a função de {position} – agradecimento",
        "Agradecimento – função de {position} na empresa {company}",
    ),
    openers=(
        "Agradeço a atenção e o tempo dedicados à nossa entrevista no dia {date} para a "
        "função de {position} na empresa {company}.",
        "Gostaria de agradecer a oportunidade de conversar no dia {date} sobre a função "
        "de {position} na empresa {company}.",
        "Agradeço mais uma vez a entrevista do dia {date} para a função de {position}.",
    ),
    highlights=(
        "Achei especialmente interessante a nossa conversa sobre {highlight}.",
        "O que conversámos sobre {highlight} ajudou-me a compreender melhor os desafios da função.",
        "A troca de ideias sobre {highlight} foi, para mim, um dos pontos altos da nossa conversa.",
    ),
    interest=(
        "A entrevista reforçou o meu interesse pela função e pela possibilidade de "
        "integrar a vossa equipa.",
        "Acredito que a minha experiência pode contribuir de forma concreta para os "
        "projetos da equipa.",
        "A possibilidade de trabalhar como {position} motiva-me muito.",
    ),
    short_openers=(
        "Agradeço a entrevista do dia {date}.",
        "Agradeço a oportunidade de conversar sobre a função de {position}.",
        "Agradeço muito a conversa do dia {date}.",
    ),
    short_highlights=(
        "Gostei muito da conversa sobre {highlight}.",
        "Achei muito interessante o que conversámos sobre {highlight}.",
    ),
    short_interest=(
        "Tenho muito interesse na função.",
        "Seria uma alegria fazer parte da equipa.",
    ),
    fits=(
        "Com a experiência que acumulei, posso apresentar resultados desde o início.",
        "Tenho grande vontade de aplicar os meus conhecimentos nos desafios de que falámos.",
        "As atividades apresentadas estão muito alinhadas com o trabalho que tenho feito.",
        "A forma de trabalhar da equipa corresponde ao meu perfil.",
    ),
    short_closers=(
        "Fico ao dispor.",
        "Aguardo o vosso contacto.",
    ),
    follow_ups=(
        "Caso necessite de mais alguma informação ou documento, terei todo o gosto em enviá-los.",
        "Posso também detalhar qualquer aspeto do meu percurso que seja do vosso interesse.",
        "Se for útil, posso enviar referências de empregos anteriores.",
    ),
    closers=(
        "Fico ao dispor para qualquer esclarecimento.",
        "Aguardo o vosso contacto sobre as próximas etapas do processo.",
        "Agradeço novamente a atenção dispensada.",
    ),
    sign_offs=("Com os melhores cumprimentos,", "Atenciosamente,"),
)

PHRASEBOOKS = (BASE, PORTUGAL)


@hookimpl
def thankyou_phrasebooks() -> Iterable[Phrasebook]:
    return PHRASEBOOKS
