# ruff: noqa: RUF001  (native punctuation: en dashes, full-width marks)
"""Spanish phrasebooks: Spain (``es``) and Mexico (``es_MX``).

"Usted" throughout; the salutation ends with a colon ("Estimada Sra. López:")
and the sign-off with a comma. Nothing agrees with the candidate's gender
("interesado/a" is avoided), and a highlight follows "sobre", which never
contracts with an article. Spain uses the present perfect for the recent
past ("me ha permitido") and "proceso de selección"; Mexico the preterite
("me permitió"), "vacante" and "equipo de reclutamiento", and greets an
unknown-gender reader with the invariable "Apreciable".
"""

from __future__ import annotations

from collections.abc import Iterable

from thankyou import Phrasebook
from thankyou.hookspecs import hookimpl

from ._variant import variant

SOURCE_ES = (
    "portalfinanciero.com (carta de agradecimiento tras la entrevista: 2–3 párrafos, "
    "usted, 'Estimado/a … :'); modelocurriculum.net; RAE, Diccionario panhispánico de "
    "dudas, 'dos puntos' in the salutation of letters"
)
SOURCE_MX = (
    SOURCE_ES + "; Mexico: 'vacante', 'reclutamiento', 'Apreciable' as a gender-neutral "
    "formal salutation and the preterite for the recent past"
)

SALUTATIONS = {
    "ms": "Estimada Sra. {family_name}:",
    "mr": "Estimado Sr. {family_name}:",
    "ms+dr": "Estimada Dra. {family_name}:",
    "mr+dr": "Estimado Dr. {family_name}:",
    "ms+prof": "Estimada profesora {family_name}:",
    "mr+prof": "Estimado profesor {family_name}:",
    "name": "Buenos días, {name}:",
    "team": "Estimado equipo de selección:",
}

BASE = Phrasebook(
    locale="es",
    subjects=(
        "Agradecimiento por la entrevista del {date}",
        "Gracias por la entrevista: puesto de {position}",
        "Entrevista para el puesto de {position} en {company}",
    ),
    salutations=SALUTATIONS,
    openers=(
        "Le agradezco sinceramente el tiempo que me dedicó el {date} durante la "
        "entrevista para el puesto de {position} en {company}.",
        "Quisiera agradecerle la oportunidad de conversar el {date} sobre el puesto de "
        "{position} en {company}.",
        "Muchas gracias por recibirme el {date} para hablar del puesto de {position} en {company}.",
    ),
    highlights=(
        "Me resultó especialmente interesante lo que comentamos sobre {highlight}.",
        "Nuestra conversación sobre {highlight} me ha permitido conocer mejor los retos "
        "del puesto.",
        "Disfruté mucho del intercambio que tuvimos sobre {highlight}.",
        "Lo que me explicó sobre {highlight} me ha dado una idea muy clara de cómo trabaja "
        "su equipo.",
    ),
    interest=(
        "La entrevista ha reforzado mi interés por el puesto y por formar parte de su equipo.",
        "Considero que mi perfil encaja bien con lo que buscan para este puesto.",
        "Me motiva mucho la posibilidad de contribuir a los proyectos de {company}.",
        "Tras nuestra conversación, tengo aún más claro que puedo aportar mucho como {position}.",
    ),
    short_openers=(
        "Muchas gracias por la entrevista del {date}.",
        "Le agradezco el tiempo que me dedicó el {date}.",
        "Le agradezco mucho la conversación del {date}.",
    ),
    short_highlights=(
        "Me gustó especialmente lo que hablamos sobre {highlight}.",
        "Me pareció muy interesante lo que me contó sobre {highlight}.",
    ),
    short_interest=(
        "El puesto me interesa mucho.",
        "Me encantaría formar parte de su equipo.",
    ),
    fits=(
        "Mi experiencia previa me permitiría obtener resultados desde el primer momento.",
        "Me gustaría poner mis conocimientos al servicio de la empresa y seguir aprendiendo.",
        "Las funciones que me describió coinciden con lo que he hecho en mis últimos proyectos.",
        "Comparto plenamente la forma de trabajar de la que me habló.",
    ),
    follow_ups=(
        "Si necesita cualquier documento adicional, se lo haré llegar con mucho gusto.",
        "También puedo ampliar cualquier aspecto de mi trayectoria que le interese.",
        "Si lo considera útil, puedo proporcionarle referencias de mis empleos anteriores.",
    ),
    closers=(
        "Quedo a su disposición para cualquier información adicional que necesite.",
        "Quedo a la espera de sus noticias sobre el proceso de selección.",
        "Espero tener la oportunidad de seguir conversando con usted.",
        "Le reitero mi agradecimiento por su tiempo y su amabilidad.",
    ),
    short_closers=(
        "Quedo a su disposición.",
        "Espero sus noticias.",
    ),
    sign_offs=("Atentamente,", "Un cordial saludo,", "Saludos cordiales,"),
    source=SOURCE_ES,
)

MEXICO = variant(
    BASE,
    "es_MX",
    source=SOURCE_MX,
    salutations={
        "name": "Apreciable {name}:",
        "team": "Estimado equipo de reclutamiento:",
    },
    subjects=(
        "Agradecimiento por la entrevista del {date}",
        "Gracias por la entrevista: vacante de {position}",
        "Entrevista para la vacante de {position} en {company}",
    ),
    openers=(
        "Le agradezco sinceramente el tiempo que me dedicó el {date} durante la "
        "entrevista para la vacante de {position} en {company}.",
        "Quisiera agradecerle la oportunidad de conversar el {date} sobre la vacante de "
        "{position} en {company}.",
        "Muchas gracias por recibirme el {date} para hablar de la vacante de "
        "{position} en {company}.",
    ),
    highlights=(
        "Me resultó especialmente interesante lo que comentamos sobre {highlight}.",
        "Nuestra conversación sobre {highlight} me permitió conocer mejor los retos del puesto.",
        "Disfruté mucho el intercambio que tuvimos sobre {highlight}.",
        "Lo que me explicó sobre {highlight} me dio una idea muy clara de cómo trabaja su equipo.",
    ),
    interest=(
        "La entrevista reforzó mi interés por el puesto y por integrarme a su equipo.",
        *BASE.interest[1:3],
        "Después de nuestra conversación, tengo aún más claro que puedo aportar mucho "
        "como {position}.",
    ),
    closers=(
        "Quedo a sus órdenes para cualquier información adicional que necesite.",
        "Quedo en espera de sus comentarios sobre el proceso.",
        *BASE.closers[2:],
    ),
    sign_offs=("Atentamente,", "Saludos cordiales,"),
)

PHRASEBOOKS = (BASE, MEXICO)


@hookimpl
def thankyou_phrasebooks() -> Iterable[Phrasebook]:
    return PHRASEBOOKS
