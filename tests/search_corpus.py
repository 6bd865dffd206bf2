"""A small bilingual archive for the search tests: the English seeds plus Russian pages written here.

The Russian pages report some of the seeds' events (the twin of the 13 February 2026 meeting with
Lavrov and Masadykov), name the seeds' people in inflected forms (`Масадыкова`, `Сердюкова`), and
hold the two forms of `переговоры` the morphology tests need. One more page is an article whose
lead also stands alone as a teaser, for the teaser <-> article link.
"""

from __future__ import annotations

from pathlib import Path

from press_archive.archive import Archive

RUSSIAN_PAGE = """13.02.2026

13 февраля в Москве состоялась традиционная встреча Министра иностранных дел Российской Федерации \
Сергея Лаврова с председателями комитетов парламентов государств – членов ОДКБ. В мероприятии приняли \
участие Генеральный секретарь ОДКБ Таалатбек Масадыков и послы государств-членов.


12.02.2026

Секретарь Совета Безопасности Российской Федерации Сергей Шойгу дал интервью агентству Интерфакс, \
в котором прокомментировал ключевые направления деятельности Организации.


12.02.2026

12 февраля в Кризисном центре ОДКБ состоялся брифинг начальника Объединенного штаба ОДКБ \
генерал-полковника Андрея Николаевича Сердюкова по итогам совместной подготовки.


10.02.2026

Переговоры в Минске продолжились: делегации обсудили учения и поставки.


09.02.2026

В переговорах по приглашению Таалатбека Масадыкова приняли участие представители Армении.


Назад
"""

ARTICLE_PAGE = """Exercise Interaction 2025 ended in Belarus

Exercise Interaction 2025 ended in Belarus 20.09.2025

The joint exercise Interaction 2025 of the CSTO Collective Rapid Reaction Forces ended at the \
Borisovsky training ground with a live firing demonstration attended by observers.

Commanders summed up the exercise and thanked the participating contingents.


Go back
"""

TEASER_PAGE = """20.09.2025

The joint exercise Interaction 2025 of the CSTO Collective Rapid Reaction Forces ended at the \
Borisovsky training ground with a live firing demonstration attended by observers.


Go back
"""


def write_pages(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "ru_feb_2026.txt").write_text(RUSSIAN_PAGE, encoding="utf-8")
    (folder / "en_article_interaction.txt").write_text(ARTICLE_PAGE, encoding="utf-8")
    (folder / "en_teaser_interaction.txt").write_text(TEASER_PAGE, encoding="utf-8")
    return folder


def fill(archive: Archive, seeds_dir: Path, folder: Path) -> Archive:
    report = archive.import_paths([seeds_dir, write_pages(folder)])
    assert report.ok, report.failures
    return archive
