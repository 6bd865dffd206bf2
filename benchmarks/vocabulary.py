"""The words, names and places the synthetic press releases are written with.

Word frequencies follow Zipf's law, as in real prose: a head of real English and Russian news words
(function words first) and a long tail of made-up words, so that the index holds as many distinct
terms as a real archive and a query can pick a word by how rare it is. The vocabulary is built from
a fixed seed, independent of the corpus seed, so the query set names the same words at every size.
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass


def _words(text: str) -> list[str]:
    return text.split()


TAIL_WORDS = 20_000  # made-up words per language, after the real ones
_VOCABULARY_SEED = 20_260_101

ENGLISH_HEAD = _words(
    """
the of and to in a on for with was were by at as from that which is are be has have this its it an
their other also will been after during between within under about into over more than all security
cooperation member states organization collective treaty council meeting secretary general
delegation joint staff ministers foreign defence defense republic federation international regional
forces exercise exercises issues countering terrorism extremism drug trafficking illegal migration
information border situation participants discussed held took part session plan measures development
support military political threats challenges activities experts working group representatives
ministry agreement documents signed adopted decision heads governments region peacekeeping operation
training readiness units command headquarters centre center programme strategy assembly
parliamentary committee commission chairman chairmanship presidency summit conference forum round
table consultations talks negotiations visit visited received met meeting participants exchange
views emphasized noted stressed importance strengthening coordination interaction partnership
practical implementation results report analysis assessment current upcoming annual regular special
rapid reaction crisis response emergency protection prevention control monitoring operations
personnel officers servicemen troops ground training air naval staff level high senior deputy chief
head department secretariat permanent representative ambassador embassy president minister
government parliament stability peace cooperation mutual trust dialogue partners observers guests
invited participation opening closing ceremony statement declaration resolution protocol charter
budget finance financial legal legislation harmonisation model laws framework mechanisms cyber
technologies digital media press service journalists publication bulletin website education academy
university students youth seminar course courses lecture lectures anniversary victory memory
veterans history historical years year month week day days afghanistan tajik afghan central asia
caucasus eastern europe western southern northern cross border area areas territory territories
facilities equipment weapons arms ammunition interaction combat tactical strategic command post
field firing live demonstration
"""
)

RUSSIAN_HEAD = _words(
    """
и в на с по о для что как из к от при также было были будет этом этой его их организации организация
договора коллективной безопасности безопасность государств членов совета совет министров иностранных
дел обороны секретарь генеральный заместитель делегация объединенного штаба штаб секретариата
секретариат участие приняли принял приняла состоялось заседание заседания встреча встречи переговоры
переговоров переговорах учения учений учениях учениям сотрудничество сотрудничества сотрудничеству
терроризм терроризма терроризмом экстремизма миграции миграция миграцией наркотиков незаконной
информационной информации границе границы ситуации обсудили вопросы вопросов мероприятий мероприятия
план плана мер развития поддержки военного политического угроз вызовов деятельности экспертов
рабочей группы представителей министерства соглашения документов подписали принято решение глав
государств региона миротворческих операции подготовки готовности подразделений командования центра
программы стратегии ассамблеи парламентской комитета комиссии председательства саммита конференции
форума круглого стола консультаций визита посетил провел провела обменялись мнениями подчеркнул
отметил важность укрепления координации взаимодействия партнерства практической реализации
результатов доклада анализа оценки текущих предстоящих ежегодного регулярного специального
оперативного реагирования кризисного защиты предотвращения контроля мониторинга операций личного
состава офицеров военнослужащих войск полигоне воздушных уровне высоком постоянного представителя
посла посольства президента министра правительства парламента стабильности мира взаимного доверия
диалога партнеров наблюдателей гостей открытия закрытия церемонии заявления декларации резолюции
протокола устава бюджета финансовых правовых законодательства гармонизации модельных законов
механизмов кибербезопасности технологий цифровых средств массовой пресс-службы журналистов
публикации бюллетеня сайте образования академии университета студентов молодежи семинара курсов
лекции годовщины победы памяти ветеранов истории годы года месяца недели дня дней афганистана
таджикско-афганской центральной азии кавказа восточной европы территории объектов техники вооружения
боеприпасов боевого тактического стратегического командно-штабных полевых стрельб показательных
"""
)

_ENGLISH_SYLLABLES = _words(
    """
ba be bi bo bu da de di do du fa fe fi fo ga ge go ka ke ki ko la le li lo lu ma me mi mo mu na ne
ni no nu pa pe pi po ra re ri ro ru sa se si so ta te ti to tu va ve vi vo za zi ar er in on an el
il ol un st tr pl gr cr br dr
"""
)
_RUSSIAN_SYLLABLES = _words(
    """
ба бе би бо бу да де ди до ду ва ве ви во га ге го ка ке ки ко ла ле ли ло лу ма ме ми мо му на не
ни но ну па пе пи по ра ре ри ро ру са се си со та те ти то ту за зи ар ер ин он ан ел ил ол ун ст
тр пл гр кр бр др
"""
)
_RUSSIAN_ENDINGS = ("", "а", "ы", "у", "ом", "ой", "ах", "ами", "ия", "ии", "ение", "ения")

#: Syllables with both spellings, for made-up people named in both editions of the site.
_NAME_SYLLABLES = (
    ("ka", "ка"), ("ra", "ра"), ("ba", "ба"), ("tal", "тал"), ("mur", "мур"), ("sa", "са"), ("di", "ди"),
    ("ku", "ку"), ("lo", "ло"), ("ne", "не"), ("zar", "зар"), ("tok", "ток"), ("ma", "ма"), ("sul", "сул"),
    ("ga", "га"), ("pe", "пе"), ("vo", "во"), ("ri", "ри"), ("ten", "тен"), ("bol", "бол"), ("ash", "аш"),
    ("ur", "ур"), ("ya", "я"), ("kan", "кан"), ("dor", "дор"), ("ro", "ро"), ("mi", "ми"), ("sho", "шо"),
)  # fmt: skip
_SURNAME_ENDINGS = (
    ("ov", "ов"),
    ("ev", "ев"),
    ("bekov", "беков"),
    ("in", "ин"),
    ("enko", "енко"),
    ("yan", "ян"),
)
_FIRST_NAMES = (
    ("Alexei", "Алексей"), ("Bakhtiyar", "Бахтияр"), ("Dmitry", "Дмитрий"), ("Ruslan", "Руслан"),
    ("Nurlan", "Нурлан"), ("Armen", "Армен"), ("Viktor", "Виктор"), ("Timur", "Тимур"), ("Igor", "Игорь"),
    ("Sergei", "Сергей"), ("Oleg", "Олег"), ("Marat", "Марат"), ("Azamat", "Азамат"), ("Pavel", "Павел"),
)  # fmt: skip


@dataclass(frozen=True)
class Person:
    """Someone the releases name, with every spelling the site uses, the Russian ones by case."""

    english: tuple[str, ...]  # "First Surname" spellings
    russian_nominative: str
    russian_genitive: str
    russian_instrumental: str
    english_title: str
    russian_title: str


@dataclass(frozen=True)
class Place:
    english: str
    russian_locative: str  # "в Минске"


#: The people the query set looks for, named in fixed shares of the items (see `corpus.FAMOUS_SHARES`).
MASADYKOV = Person(
    english=("Talatbek Masadykov", "Taalatbek Masadikov", "Talatbek Masadikov"),
    russian_nominative="Таалатбек Масадыков",
    russian_genitive="Таалатбека Масадыкова",
    russian_instrumental="Таалатбеком Масадыковым",
    english_title="CSTO Secretary General",
    russian_title="Генеральный секретарь ОДКБ",
)
SERDYUKOV = Person(
    english=("Andrei Serdyukov", "Andrey Serdyukov"),
    russian_nominative="Андрей Сердюков",
    russian_genitive="Андрея Сердюкова",
    russian_instrumental="Андреем Сердюковым",
    english_title="Chief of the CSTO Joint Staff Colonel General",
    russian_title="Начальник Объединенного штаба ОДКБ генерал-полковник",
)
SHOIGU = Person(
    english=("Sergei Shoigu", "Sergey Shoygu"),
    russian_nominative="Сергей Шойгу",
    russian_genitive="Сергея Шойгу",
    russian_instrumental="Сергеем Шойгу",
    english_title="Secretary of the Security Council of the Russian Federation",
    russian_title="Секретарь Совета безопасности Российской Федерации",
)

PLACES = tuple(
    Place(english, russian)
    for english, russian in (
        ("Moscow", "Москве"), ("Minsk", "Минске"), ("Yerevan", "Ереване"), ("Bishkek", "Бишкеке"),
        ("Dushanbe", "Душанбе"), ("Astana", "Астане"), ("Almaty", "Алматы"), ("Geneva", "Женеве"),
        ("Tashkent", "Ташкенте"), ("Brest", "Бресте"), ("Osh", "Оше"),
        ("Saint Petersburg", "Санкт-Петербурге"),
    )
)  # fmt: skip

ORGANISATIONS_EN = (
    "Collective Security Treaty Organization", "CSTO Council of Foreign Ministers",
    "CSTO Council of Defence Ministers", "CSTO Joint Staff", "CSTO Secretariat",
    "CSTO Parliamentary Assembly", "Shanghai Cooperation Organization",
    "International Committee of the Red Cross", "Committee of Secretaries of Security Councils",
    "Ministry of Defence of the Republic of Belarus", "Collective Rapid Reaction Forces",
)  # fmt: skip
ORGANISATIONS_RU_GENITIVE = (
    "Организации Договора о коллективной безопасности", "Совета министров иностранных дел ОДКБ",
    "Совета министров обороны ОДКБ", "Объединенного штаба ОДКБ", "Секретариата ОДКБ",
    "Парламентской Ассамблеи ОДКБ", "Шанхайской организации сотрудничества",
    "Международного комитета Красного Креста", "Комитета секретарей советов безопасности",
    "Министерства обороны Республики Беларусь", "Коллективных сил оперативного реагирования",
)  # fmt: skip


class WordSampler:
    """Draws words of one language with Zipf frequencies: the word of rank r weighs 1 / (r + 2.7)."""

    def __init__(self, words: list[str]) -> None:
        self.words = words
        self._cumulative = list(itertools.accumulate(1.0 / (rank + 2.7) for rank in range(len(words))))

    def draw(self, rng: random.Random, count: int) -> list[str]:
        return rng.choices(self.words, cum_weights=self._cumulative, k=count)


def _made_up_words(
    rng: random.Random, syllables: list[str], endings: tuple[str, ...], taken: set[str]
) -> list[str]:
    found: list[str] = []
    while len(found) < TAIL_WORDS:
        word = "".join(rng.choices(syllables, k=rng.randint(3, 5))) + rng.choice(endings)
        if word not in taken:
            taken.add(word)
            found.append(word)
    return found


def _made_up_people(rng: random.Random, count: int) -> list[Person]:
    people: list[Person] = []
    seen: set[str] = set()
    while len(people) < count:
        parts = rng.choices(_NAME_SYLLABLES, k=rng.randint(2, 3))
        ending = rng.choice(_SURNAME_ENDINGS)
        latin = "".join(part[0] for part in parts) + ending[0]
        if latin in seen:
            continue
        seen.add(latin)
        cyrillic = "".join(part[1] for part in parts) + ending[1]
        first_en, first_ru = rng.choice(_FIRST_NAMES)
        declines = ending[0] in {"ov", "ev", "bekov", "in"}
        surname_en, surname_ru = latin.capitalize(), cyrillic.capitalize()
        people.append(
            Person(
                english=(f"{first_en} {surname_en}",),
                russian_nominative=f"{first_ru} {surname_ru}",
                russian_genitive=f"{first_ru} {surname_ru + 'а' if declines else surname_ru}",
                russian_instrumental=f"{first_ru} {surname_ru + 'ым' if declines else surname_ru}",
                english_title=rng.choice(
                    ("Deputy Minister of Defence", "Ambassador", "Head of the Department")
                ),
                russian_title=rng.choice(("Заместитель министра обороны", "Посол", "Начальник управления")),
            )
        )
    return people


@dataclass(frozen=True)
class Vocabulary:
    english: WordSampler
    russian: WordSampler
    people: tuple[Person, ...]  # made up, drawn with Zipf weights as well


def build_vocabulary() -> Vocabulary:
    """The one vocabulary every corpus is written with (it does not depend on the corpus seed)."""
    rng = random.Random(_VOCABULARY_SEED)
    english_head = list(dict.fromkeys(ENGLISH_HEAD))
    russian_head = list(dict.fromkeys(RUSSIAN_HEAD))
    english_tail = _made_up_words(rng, _ENGLISH_SYLLABLES, ("", "s", "ed", "ing", "al"), set(english_head))
    russian_tail = _made_up_words(rng, _RUSSIAN_SYLLABLES, _RUSSIAN_ENDINGS, set(russian_head))
    return Vocabulary(
        english=WordSampler(english_head + english_tail),
        russian=WordSampler(russian_head + russian_tail),
        people=tuple(_made_up_people(rng, 400)),
    )
