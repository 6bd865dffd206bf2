<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>unknown</source>
        <translation>неизвестна</translation>
    </message>
    <message>
        <source>An offline browser for an archive of press releases, in English and Russian.</source>
        <translation>Автономный просмотр архива пресс-релизов на английском и русском языках.</translation>
    </message>
    <message>
        <source>Archive file:</source>
        <translation>Файл архива:</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later ({licence}).</source>
        <translation>Распространяется на условиях GNU General Public License версии 3 или более поздней ({licence}).</translation>
    </message>
    <message>
        <source>Built with Qt {qt} and PySide6 {pyside}.</source>
        <translation>Собрано с Qt {qt} и PySide6 {pyside}.</translation>
    </message>
</context>
<context>
    <name>AnnotationBar</name>
    <message>
        <source>Star this item (Ctrl+D)</source>
        <translation>Добавить материал в избранное (Ctrl+D)</translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation>Добавить метку…</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Добавить метку</translation>
    </message>
    <message>
        <source>★  Starred</source>
        <translation>★  В избранном</translation>
    </message>
    <message>
        <source>☆  Star</source>
        <translation>☆  В избранное</translation>
    </message>
    <message>
        <source>Remove the tag {tag}</source>
        <translation>Снять метку {tag}</translation>
    </message>
</context>
<context>
    <name>AnnotationFlow</name>
    <message numerus="yes">
        <source>Tag for %Ln items:</source>
        <translation>
            <numerusform>Метка для %Ln материала:</numerusform>
            <numerusform>Метка для %Ln материалов:</numerusform>
            <numerusform>Метка для %Ln материалов:</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag Items</source>
        <translation>Метка для материалов</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Поставить</translation>
    </message>
    <message numerus="yes">
        <source>Tag to remove from %Ln items:</source>
        <translation>
            <numerusform>Какую метку снять с %Ln материала:</numerusform>
            <numerusform>Какую метку снять с %Ln материалов:</numerusform>
            <numerusform>Какую метку снять с %Ln материалов:</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Снять метку</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Снять</translation>
    </message>
</context>
<context>
    <name>CollectionFlow</name>
    <message numerus="yes">
        <source>Name of the new collection of %Ln items:</source>
        <extracomment>The collections, after a change or the first read.</extracomment>
        <translation>
            <numerusform>Название новой подборки из %Ln материала:</numerusform>
            <numerusform>Название новой подборки из %Ln материалов:</numerusform>
            <numerusform>Название новой подборки из %Ln материалов:</numerusform>
        </translation>
    </message>
    <message>
        <source>New Collection</source>
        <translation>Новая подборка</translation>
    </message>
    <message>
        <source>New name for the collection {collection}:</source>
        <translation>Новое название подборки {collection}:</translation>
    </message>
    <message>
        <source>Rename Collection</source>
        <translation>Переименовать подборку</translation>
    </message>
</context>
<context>
    <name>CollectionsPanel</name>
    <message>
        <source>Collections</source>
        <extracomment>The query term of the collection the user picked.</extracomment>
        <translation>Подборки</translation>
    </message>
    <message>
        <source>No collections yet. Right-click results to put them in one.</source>
        <translation>Подборок пока нет. Щёлкните по результатам правой кнопкой, чтобы добавить их в подборку.</translation>
    </message>
    <message>
        <source>Show the items of {collection}</source>
        <translation>Показать материалы подборки {collection}</translation>
    </message>
    <message>
        <source>No collections in this archive.</source>
        <translation>В этом архиве нет подборок.</translation>
    </message>
    <message>
        <source>&amp;Show Items</source>
        <translation>&amp;Показать материалы</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>П&amp;ереименовать…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
</context>
<context>
    <name>CountedPhrases</name>
    <message numerus="yes">
        <source>Seen on %Ln pages</source>
        <translation>
            <numerusform>Встречается на %Ln странице</numerusform>
            <numerusform>Встречается на %Ln страницах</numerusform>
            <numerusform>Встречается на %Ln страницах</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln versions kept</source>
        <translation>
            <numerusform>сохранена %Ln версия</numerusform>
            <numerusform>сохранены %Ln версии</numerusform>
            <numerusform>сохранено %Ln версий</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select an item to read it here.</source>
        <extracomment>Lines longer than this are hard to read; on a wide screen the text stops here. The user clicked a link to another item (its id). Edits of the shown item&apos;s user data: (item id, starred), (item id, tag), (item id, note text).</extracomment>
        <translation>Выберите материал, чтобы прочитать его здесь.</translation>
    </message>
</context>
<context>
    <name>EmptyResults</name>
    <message>
        <source>No items match {query}.</source>
        <extracomment>The scheme of a suggestion&apos;s link in the placeholder: the rest of the link is the query. A suggested query was clicked. The placeholder changed (for tests and screenshots): its text, or &quot;&quot; once there are hits.</extracomment>
        <translation>Ничего не найдено по запросу {query}.</translation>
    </message>
    <message>
        <source>Check the spelling, use fewer words, or remove a filter.</source>
        <translation>Проверьте написание, сократите запрос или снимите фильтр.</translation>
    </message>
    <message>
        <source>{query} ({hits})</source>
        <translation>{query} ({hits})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln items</source>
        <translation>
            <numerusform>%Ln материал</numerusform>
            <numerusform>%Ln материала</numerusform>
            <numerusform>%Ln материалов</numerusform>
        </translation>
    </message>
    <message>
        <source>Did you mean: {queries}?</source>
        <translation>Возможно, вы искали: {queries}?</translation>
    </message>
    <message>
        <source>The archive is empty.</source>
        <translation>Архив пуст.</translation>
    </message>
    <message>
        <source>Import saved pages or web archives with File ▸ Import (or drop them here), or get the site on the command line with {command}.</source>
        <translation>Импортируйте сохранённые страницы или веб-архивы через Файл ▸ Импорт (или перетащите их сюда) либо загрузите сайт командой {command}.</translation>
    </message>
    <message>
        <source>The query cannot be read.</source>
        <translation>Запрос не удаётся разобрать.</translation>
    </message>
    <message>
        <source>{reason} (at character {position})</source>
        <translation>{reason} (символ {position})</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected items</source>
        <translation>
            <numerusform>Выбранный материал (%Ln)</numerusform>
            <numerusform>Выбранные материалы (%Ln)</numerusform>
            <numerusform>Выбранные материалы (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln items</source>
        <translation>
            <numerusform>%Ln материал</numerusform>
            <numerusform>%Ln материала</numerusform>
            <numerusform>%Ln материалов</numerusform>
        </translation>
    </message>
    <message>
        <source>every item</source>
        <translation>все материалы</translation>
    </message>
    <message>
        <source>“{query}”</source>
        <translation>«{query}»</translation>
    </message>
    <message>
        <source>Every result of the search {query} ({results})</source>
        <translation>Все результаты поиска {query} ({results})</translation>
    </message>
    <message>
        <source>all items</source>
        <translation>по всем материалам</translation>
    </message>
    <message>
        <source>Include my tags, stars and notes</source>
        <translation>Добавить мои метки, избранное и заметки</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспортировать…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Что экспортировать:</translation>
    </message>
    <message>
        <source>Export to a New Folder Inside</source>
        <translation>Экспорт в новую папку внутри выбранной</translation>
    </message>
    <message>
        <source>Press Archive export</source>
        <translation>Экспорт Press Archive</translation>
    </message>
    <message>
        <source>a folder of notes</source>
        <translation>папку заметок</translation>
    </message>
    <message>
        <source>a {suffix} file</source>
        <translation>файл {suffix}</translation>
    </message>
    <message>
        <source>{description} — writes {where}.</source>
        <translation>{description} — создаёт {where}.</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Exporting to {name}…</source>
        <extracomment>The export ended: the message the status bar showed.</extracomment>
        <translation>Экспорт в {name}…</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %Ln items</source>
        <translation>
            <numerusform>{done} из %Ln материала</numerusform>
            <numerusform>{done} из %Ln материалов</numerusform>
            <numerusform>{done} из %Ln материалов</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting: {progress}</source>
        <translation>Экспорт: {progress}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln items to {target}.</source>
        <translation>
            <numerusform>Экспортирован %Ln материал в {target}.</numerusform>
            <numerusform>Экспортировано %Ln материала в {target}.</numerusform>
            <numerusform>Экспортировано %Ln материалов в {target}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Экспорт отменён, ничего не записано.</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>Экспорт не удался: {error}</translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>UTF-8 table for scripts, LibreOffice and databases</source>
        <translation>таблица в UTF-8 для скриптов, LibreOffice и баз данных</translation>
    </message>
    <message>
        <source>CSV for Excel</source>
        <translation>CSV для Excel</translation>
    </message>
    <message>
        <source>UTF-8 with a byte order mark, which Excel needs</source>
        <translation>UTF-8 с меткой порядка байтов, которая нужна Excel</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Книга Excel</translation>
    </message>
    <message>
        <source>Excel and LibreOffice Calc, with real dates</source>
        <translation>для Excel и LibreOffice Calc, с настоящими датами</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>one document: what was exported, then the items</source>
        <translation>один документ: сведения об экспорте, затем материалы</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>one item per line, for streaming tools</source>
        <translation>по материалу на строку, для потоковой обработки</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>one document for reading, Pandoc and note apps</source>
        <translation>один документ для чтения, Pandoc и программ для заметок</translation>
    </message>
    <message>
        <source>Markdown notes folder</source>
        <translation>Папка заметок Markdown</translation>
    </message>
    <message>
        <source>one note per item with YAML front matter (an Obsidian vault folder)</source>
        <translation>по заметке на материал с заголовком YAML (папка хранилища Obsidian)</translation>
    </message>
    <message>
        <source>BibTeX</source>
        <translation>BibTeX</translation>
    </message>
    <message>
        <source>biblatex/biber, Zotero, Pandoc</source>
        <translation>biblatex/biber, Zotero, Pandoc</translation>
    </message>
    <message>
        <source>RIS</source>
        <translation>RIS</translation>
    </message>
    <message>
        <source>Zotero, EndNote, Mendeley</source>
        <translation>Zotero, EndNote, Mendeley</translation>
    </message>
    <message>
        <source>CSL-JSON</source>
        <translation>CSL-JSON</translation>
    </message>
    <message>
        <source>Zotero, Pandoc citeproc</source>
        <translation>Zotero, Pandoc citeproc</translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation>Отчёт HTML</translation>
    </message>
    <message>
        <source>a report for the browser, with contents</source>
        <translation>отчёт для браузера, с оглавлением</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>Отчёт PDF</translation>
    </message>
    <message>
        <source>a report to print or send, with title page and contents</source>
        <translation>отчёт для печати или отправки, с титульной страницей и оглавлением</translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <source>Active filters</source>
        <extracomment>The facets shown, in this order. Months are shown under their year. The note on estimates is smaller than the facets: it qualifies them without competing with them.</extracomment>
        <translation>Активные фильтры</translation>
    </message>
    <message>
        <source>Estimated from a sample; counting every hit…</source>
        <translation>Оценка по выборке; идёт точный подсчёт…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>People and organisations</source>
        <translation>Люди и организации</translation>
    </message>
    <message>
        <source>No facets for these results.</source>
        <translation>Для этих результатов фильтров нет.</translation>
    </message>
    <message>
        <source>Remove {term} from the search</source>
        <translation>Убрать {term} из запроса</translation>
    </message>
    <message>
        <source>Show only {label} ({term})</source>
        <translation>Показать только: {label} ({term})</translation>
    </message>
    <message>
        <source>An estimate, scaled up from a sample of the matching days</source>
        <translation>Оценка, пересчитанная по выборке дней с найденными материалами</translation>
    </message>
</context>
<context>
    <name>FetchDialog</name>
    <message>
        <source>Update from the Website</source>
        <translation>Обновление с сайта</translation>
    </message>
    <message>
        <source>Pages are fetched politely, one at a time with a pause between two, so the whole site takes a while. New items appear in the results as they arrive. Close this window and the update goes on; stop it and the next update goes on from where it stopped.</source>
        <translation>Страницы загружаются бережно, по одной и с паузой между ними, поэтому весь сайт загружается не быстро. Новые материалы появляются в результатах по мере поступления. Если закрыть это окно, обновление продолжится; если его остановить, следующее обновление продолжится с того же места.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Что случилось</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Pages fetched:</source>
        <translation>Загружено страниц:</translation>
    </message>
    <message>
        <source>Unchanged since the last update:</source>
        <translation>Без изменений с прошлого обновления:</translation>
    </message>
    <message>
        <source>Still to fetch:</source>
        <translation>Осталось загрузить:</translation>
    </message>
    <message>
        <source>New items:</source>
        <translation>Новых материалов:</translation>
    </message>
    <message>
        <source>Items seen again:</source>
        <translation>Встречено снова:</translation>
    </message>
    <message>
        <source>Errors:</source>
        <translation>Ошибок:</translation>
    </message>
    <message>
        <source>Addresses that failed:</source>
        <translation>Адреса, которые не удалось загрузить:</translation>
    </message>
    <message>
        <source>Updating from {sites}…</source>
        <translation>Обновление с {sites}…</translation>
    </message>
    <message>
        <source>The update could not run: {error}</source>
        <translation>Обновление не удалось запустить: {error}</translation>
    </message>
</context>
<context>
    <name>FetchFlow</name>
    <message>
        <source>Updating from the website…</source>
        <extracomment>The update started (the start URLs). Counts so far, after every URL (a `CrawlReport` of its own). Pages brought new items into the archive (the window then looks for them at once). The update ended: its `CrawlReport` (stopped or complete), or None when it failed to run. The HTTP client&apos;s settings; None: the defaults for the real site.</extracomment>
        <translation>Обновление с сайта…</translation>
    </message>
    <message>
        <source>Stopping after the current page…</source>
        <translation>Остановка после текущей страницы…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pages fetched</source>
        <translation>
            <numerusform>%Ln страница загружена</numerusform>
            <numerusform>%Ln страницы загружено</numerusform>
            <numerusform>%Ln страниц загружено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln queued</source>
        <translation>
            <numerusform>%Ln в очереди</numerusform>
            <numerusform>%Ln в очереди</numerusform>
            <numerusform>%Ln в очереди</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new items</source>
        <translation>
            <numerusform>%Ln новый материал</numerusform>
            <numerusform>%Ln новых материала</numerusform>
            <numerusform>%Ln новых материалов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln errors</source>
        <translation>
            <numerusform>%Ln ошибка</numerusform>
            <numerusform>%Ln ошибки</numerusform>
            <numerusform>%Ln ошибок</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing could be fetched: {reason}</source>
        <translation>Ничего не удалось загрузить: {reason}</translation>
    </message>
    <message>
        <source>Update stopped: {counts}. The next update goes on from there.</source>
        <translation>Обновление остановлено: {counts}. Следующее обновление продолжится с этого места.</translation>
    </message>
    <message>
        <source>Update finished: {counts}.</source>
        <translation>Обновление завершено: {counts}.</translation>
    </message>
    <message>
        <source>Updating: {counts}</source>
        <translation>Обновление: {counts}</translation>
    </message>
    <message>
        <source>Update failed: {error}</source>
        <translation>Обновление не удалось: {error}</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Teaser</source>
        <translation>Анонс</translation>
    </message>
    <message>
        <source>date from the date line</source>
        <translation>дата из строки с датой</translation>
    </message>
    <message>
        <source>date from the title</source>
        <translation>дата из заголовка</translation>
    </message>
    <message>
        <source>date read from the first sentence</source>
        <translation>дата из первого предложения</translation>
    </message>
    <message>
        <source>no date on the page</source>
        <translation>на странице нет даты</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>без даты</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Без даты</translation>
    </message>
    <message>
        <source>&lt;1 ms</source>
        <translation>&lt;1 мс</translation>
    </message>
    <message>
        <source>{ms} ms</source>
        <translation>{ms} мс</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Saved pages, zips and web archives ({patterns})</source>
        <extracomment>The progress count that says the import waits for another one (its label: the holder&apos;s id, if known). An import ended (finished, cancelled or failed); the archive may have changed.</extracomment>
        <translation>Сохранённые страницы, zip-архивы и веб-архивы ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Импорт файлов</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Импорт папки</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Импорт {name}…</translation>
    </message>
    <message numerus="yes">
        <source>Importing {name} and %Ln more…</source>
        <translation>
            <numerusform>Импорт {name} и ещё %Ln…</numerusform>
            <numerusform>Импорт {name} и ещё %Ln…</numerusform>
            <numerusform>Импорт {name} и ещё %Ln…</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing the bundled pages…</source>
        <translation>Импорт страниц, поставляемых с программой…</translation>
    </message>
    <message>
        <source>Cancelling after the current document…</source>
        <translation>Отмена после текущего документа…</translation>
    </message>
    <message>
        <source>Waiting for another import (process {pid}) to end…</source>
        <translation>Ждём окончания другого импорта (процесс {pid})…</translation>
    </message>
    <message>
        <source>Waiting for another import to end…</source>
        <translation>Ждём окончания другого импорта…</translation>
    </message>
    <message numerus="yes">
        <source>Importing: %Ln documents · {name}</source>
        <translation>
            <numerusform>Импорт: %Ln документ · {name}</numerusform>
            <numerusform>Импорт: %Ln документа · {name}</numerusform>
            <numerusform>Импорт: %Ln документов · {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files read</source>
        <translation>
            <numerusform>прочитан %Ln файл</numerusform>
            <numerusform>прочитано %Ln файла</numerusform>
            <numerusform>прочитано %Ln файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new items</source>
        <translation>
            <numerusform>%Ln новый материал</numerusform>
            <numerusform>%Ln новых материала</numerusform>
            <numerusform>%Ln новых материалов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln seen again</source>
        <translation>
            <numerusform>%Ln уже был в архиве</numerusform>
            <numerusform>%Ln уже были в архиве</numerusform>
            <numerusform>%Ln уже были в архиве</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln без изменений</numerusform>
            <numerusform>%Ln без изменений</numerusform>
            <numerusform>%Ln без изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln с ошибкой</numerusform>
            <numerusform>%Ln с ошибками</numerusform>
            <numerusform>%Ln с ошибками</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled: {parts}.</source>
        <translation>Импорт отменён: {parts}.</translation>
    </message>
    <message>
        <source>Import finished: {parts}.</source>
        <translation>Импорт завершён: {parts}.</translation>
    </message>
    <message>
        <source>Import failed: {error}</source>
        <translation>Импорт не удался: {error}</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>Отчёт об импорте</translation>
    </message>
    <message>
        <source>These files were not imported. The others were; importing the same files again skips the ones already done.</source>
        <translation>Эти файлы не импортированы, остальные — импортированы. При повторном импорте тех же файлов уже обработанные пропускаются.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>ItemDocument</name>
    <message>
        <source>title cut from the first sentence (the page gave none)</source>
        <translation>заголовок взят из первого предложения (на странице его нет)</translation>
    </message>
    <message>
        <source>Open on the site</source>
        <translation>Открыть на сайте</translation>
    </message>
    <message>
        <source>Found by the search “{query}”, through another form of a word (not as typed)</source>
        <translation>Найдено по запросу «{query}» через другую форму слова (не так, как написано)</translation>
    </message>
    <message>
        <source>Found by the search “{query}”</source>
        <translation>Найдено по запросу «{query}»</translation>
    </message>
    <message>
        <source>Full article</source>
        <translation>Полная статья</translation>
    </message>
    <message>
        <source>Teaser</source>
        <translation>Анонс</translation>
    </message>
    <message>
        <source>Other edition</source>
        <translation>Другая языковая версия</translation>
    </message>
    <message>
        <source>Similar</source>
        <translation>Похожий материал</translation>
    </message>
    <message>
        <source>this item is the lead of the article</source>
        <translation>эта новость — начало статьи</translation>
    </message>
    <message>
        <source>a teaser made of this article&apos;s lead</source>
        <translation>анонс из начала этой статьи</translation>
    </message>
    <message>
        <source>both name {names}</source>
        <translation>в обеих названы {names}</translation>
    </message>
    <message>
        <source>; both give {numbers}</source>
        <translation>; в обеих есть {numbers}</translation>
    </message>
    <message>
        <source>shares {words}</source>
        <translation>общие слова: {words}</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Связанные материалы</translation>
    </message>
    <message>
        <source>Attachments (not stored)</source>
        <translation>Вложения (не сохранены)</translation>
    </message>
    <message>
        <source>item {number} (side column)</source>
        <translation>материал {number} (боковая колонка)</translation>
    </message>
    <message>
        <source>item {number}</source>
        <translation>материал {number}</translation>
    </message>
    <message>
        <source>captured {moment}</source>
        <translation>загружено {moment}</translation>
    </message>
    <message>
        <source>Item id {id}</source>
        <translation>Идентификатор материала {id}</translation>
    </message>
</context>
<context>
    <name>ItemVersions</name>
    <message>
        <source>Changed on the site (the page was saved by hand, no capture date)</source>
        <translation>Изменено на сайте (страница сохранена вручную, без даты загрузки)</translation>
    </message>
    <message>
        <source>Changed on the site on {date}</source>
        <translation>Изменено на сайте {date}</translation>
    </message>
    <message>
        <source>Hide changes</source>
        <translation>Скрыть изменения</translation>
    </message>
    <message>
        <source>Show changes</source>
        <translation>Показать изменения</translation>
    </message>
    <message>
        <source>changed between the captures of {before} and {after}</source>
        <translation>изменено между загрузками {before} и {after}</translation>
    </message>
    <message>
        <source>first captured {moment}</source>
        <translation>впервые загружено {moment}</translation>
    </message>
    <message>
        <source>on a page saved by hand, no capture date</source>
        <translation>на странице, сохранённой вручную, без даты загрузки</translation>
    </message>
    <message>
        <source>Version {new} against version {old}</source>
        <translation>Версия {new} в сравнении с версией {old}</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Заголовок:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>The text itself did not change.</source>
        <translation>Сам текст не изменился.</translation>
    </message>
    <message>
        <source>saved by hand, no capture date</source>
        <translation>сохранено вручную, без даты загрузки</translation>
    </message>
    <message>
        <source>captured {moment}</source>
        <translation>загружено {moment}</translation>
    </message>
    <message>
        <source>first captured {first}, last captured {last}</source>
        <translation>впервые загружено {first}, в последний раз — {last}</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Версия {number}</translation>
    </message>
    <message>
        <source>· the current text</source>
        <translation>· текущий текст</translation>
    </message>
    <message>
        <source>“{title}”</source>
        <translation>«{title}»</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <source>Changes on the site</source>
        <translation>Изменения на сайте</translation>
    </message>
    <message>
        <source>Versions kept</source>
        <translation>Сохранённые версии</translation>
    </message>
    <message>
        <source>Current text (version {number})</source>
        <translation>Текущий текст (версия {number})</translation>
    </message>
    <message>
        <source>[paragraph break]</source>
        <translation>[разрыв абзаца]</translation>
    </message>
    <message>
        <source>removed “{words}”</source>
        <translation>удалено «{words}»</translation>
    </message>
    <message>
        <source>added “{words}”</source>
        <translation>добавлено «{words}»</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>The archive cannot be opened:
{path}

{reason}</source>
        <extracomment>The name of the installed .desktop file, which desktops use to find the window&apos;s icon.</extracomment>
        <translation>Не удаётся открыть архив:
{path}

{reason}</translation>
    </message>
    <message>
        <source>This file was chosen in Preferences; to open another, start with --db FILE.</source>
        <translation>Этот файл выбран в настройках; чтобы открыть другой, запустите программу с параметром --db ФАЙЛ.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Press Archive — {file}</source>
        <translation>Press Archive — {file}</translation>
    </message>
    <message>
        <source>The archive was upgraded; the old version was kept in {file}.</source>
        <translation>Архив обновлён; прежняя версия сохранена в {file}.</translation>
    </message>
    <message>
        <source>This archive was empty: it now holds the three sample pages that come with Press Archive. The whole site is fetched from the website, which needs the network and takes a while (it goes on in the background, and can be stopped and taken up again).</source>
        <translation>Архив был пуст: теперь в нём три образцовые страницы сайта, которые поставляются с Press Archive. Весь сайт загружается с веб-сайта — для этого нужна сеть, и это займёт время (загрузка идёт в фоне, её можно остановить и продолжить позже).</translation>
    </message>
    <message>
        <source>Importing the pages bundled with Press Archive…</source>
        <translation>Импорт страниц, поставляемых с Press Archive…</translation>
    </message>
    <message>
        <source>Search failed: {error}</source>
        <translation>Поиск не удался: {error}</translation>
    </message>
    <message>
        <source>Fetch the Site</source>
        <extracomment>The sidebar&apos;s height, shared between the facets and the collections under them. How a change of the window&apos;s width is shared: the sidebar keeps its own, the list takes the most. The first page of a search is on screen. The count and the exact facets of that search are on screen (estimated facets may come first). Build the window again in this `InterfaceLanguage` (the launcher does, when nothing runs). The reading pane shows an item (its id).</extracomment>
        <translation>Загрузить сайт</translation>
    </message>
    <message>
        <source>This item could not be read: {error}</source>
        <translation>Не удалось прочитать материал: {error}</translation>
    </message>
    <message>
        <source>This item was not fetched from the site: it has no address there.</source>
        <translation>Этот материал не загружен с сайта: у него там нет адреса.</translation>
    </message>
    <message>
        <source>About Press Archive</source>
        <translation>О программе Press Archive</translation>
    </message>
    <message>
        <source>The new language is used when Press Archive starts again (a task is running now).</source>
        <translation>Новый язык будет применён при следующем запуске Press Archive (сейчас выполняется задача).</translation>
    </message>
    <message>
        <source>An import, export, update or rebuild is running; wait for it to finish or cancel it.</source>
        <translation>Идёт импорт, экспорт, обновление или перестройка; дождитесь окончания или отмените.</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Write a note on this item (Markdown). It is saved as you type.</source>
        <translation>Заметка к материалу (Markdown). Сохраняется по мере ввода.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
</context>
<context>
    <name>NotePanel</name>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <extracomment>Each language is named in itself, so a user who cannot read the current one still finds theirs.</extracomment>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Use the Default</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>Automatic (the system&apos;s language)</source>
        <translation>Автоматически (язык системы)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлые</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмные</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>When Press Archive starts</source>
        <translation>При запуске Press Archive</translation>
    </message>
    <message>
        <source>Open archive:</source>
        <translation>Открытый архив:</translation>
    </message>
    <message>
        <source>Another archive file is opened when Press Archive starts again.</source>
        <translation>Другой файл архива откроется при следующем запуске Press Archive.</translation>
    </message>
    <message>
        <source>A new language is used when Press Archive starts again.</source>
        <translation>Новый язык будет использован при следующем запуске Press Archive.</translation>
    </message>
    <message>
        <source>Backups to keep:</source>
        <translation>Сколько копий хранить:</translation>
    </message>
    <message>
        <source>Archive file:</source>
        <translation>Файл архива:</translation>
    </message>
    <message>
        <source>On closing</source>
        <translation>При закрытии</translation>
    </message>
    <message>
        <source>Your tags, stars, notes and collections are copied into {folder}</source>
        <translation>Ваши метки, избранное, заметки и подборки копируются в {folder}</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Цвета:</translation>
    </message>
    <message>
        <source>Results read at a time:</source>
        <translation>Результатов за раз:</translation>
    </message>
    <message>
        <source>Automatic backups:</source>
        <translation>Резервные копии:</translation>
    </message>
    <message>
        <source>Sites to update from:</source>
        <translation>Сайты для обновления:</translation>
    </message>
    <message>
        <source>One start address a line; links are followed on these sites only.</source>
        <translation>По одному начальному адресу в строке; ссылки открываются только на этих сайтах.</translation>
    </message>
    <message>
        <source>Wait between requests:</source>
        <translation>Пауза между запросами:</translation>
    </message>
    <message>
        <source>Update from the website:</source>
        <translation>Обновлять с сайта:</translation>
    </message>
    <message>
        <source>“{address}”: {reason}</source>
        <translation>«{address}»: {reason}</translation>
    </message>
    <message>
        <source>{path} (the default)</source>
        <translation>{path} (по умолчанию)</translation>
    </message>
    <message>
        <source>Archive File</source>
        <translation>Файл архива</translation>
    </message>
    <message>
        <source>Press Archive files (*.db)</source>
        <translation>Файлы Press Archive (*.db)</translation>
    </message>
</context>
<context>
    <name>PreferencesFlow</name>
    <message>
        <source>The new archive file is opened when Press Archive starts again.</source>
        <extracomment>Results are now read this many at a time. A line for the status bar. The interface&apos;s language was changed (an `InterfaceLanguage`).</extracomment>
        <translation>Новый файл архива будет открыт при следующем запуске Press Archive.</translation>
    </message>
</context>
<context>
    <name>ReadOnlyMode</name>
    <message>
        <source>the file cannot be written</source>
        <translation>файл недоступен для записи</translation>
    </message>
    <message>
        <source>its folder cannot be written</source>
        <translation>его папка недоступна для записи</translation>
    </message>
    <message>
        <source>Not saved: the archive at {path} is read-only ({why}).</source>
        <translation>Не сохранено: архив {path} открыт только для чтения ({why}).</translation>
    </message>
    <message>
        <source>This archive is read-only: {why} ({path}). You can search, read and export; tags, stars, notes, collections, saved searches, imports and updates are turned off.</source>
        <translation>Этот архив открыт только для чтения: {why} ({path}). Искать, читать и экспортировать можно; метки, избранное, заметки, подборки, сохранённые поиски, импорт и обновление отключены.</translation>
    </message>
    <message>
        <source>Turned off: the archive is read-only ({why})</source>
        <translation>Отключено: архив открыт только для чтения ({why})</translation>
    </message>
</context>
<context>
    <name>RebuildFlow</name>
    <message>
        <source>Rebuild</source>
        <extracomment>The bar offers a rebuild. A rebuild ended: its `RebuildReport`, or None when it failed (the archive is then as it was).</extracomment>
        <translation>Перестроить</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <source>This archive was split with older rules: rebuild it to get the items as the site shows them. Your tags, stars, notes and collections follow their items.</source>
        <translation>Этот архив разделён на материалы по старым правилам: перестройте его, чтобы получить материалы такими, какими их показывает сайт. Ваши метки, звёзды, заметки и подборки останутся при своих материалах.</translation>
    </message>
    <message>
        <source>Rebuilding the archive…</source>
        <translation>Перестройка архива…</translation>
    </message>
    <message numerus="yes">
        <source>Rebuilding: %Ln pages of {total} re-split</source>
        <translation>
            <numerusform>Перестройка: разделена %Ln страница из {total}</numerusform>
            <numerusform>Перестройка: разделено %Ln страницы из {total}</numerusform>
            <numerusform>Перестройка: разделено %Ln страниц из {total}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln split</source>
        <translation>
            <numerusform>%Ln разделён</numerusform>
            <numerusform>%Ln разделено</numerusform>
            <numerusform>%Ln разделено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln merged</source>
        <translation>
            <numerusform>%Ln объединён</numerusform>
            <numerusform>%Ln объединено</numerusform>
            <numerusform>%Ln объединено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln re-dated</source>
        <translation>
            <numerusform>%Ln с новой датой</numerusform>
            <numerusform>%Ln с новой датой</numerusform>
            <numerusform>%Ln с новой датой</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln re-titled</source>
        <translation>
            <numerusform>%Ln с новым заголовком</numerusform>
            <numerusform>%Ln с новым заголовком</numerusform>
            <numerusform>%Ln с новым заголовком</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gone</source>
        <translation>
            <numerusform>%Ln исчез</numerusform>
            <numerusform>%Ln исчезло</numerusform>
            <numerusform>%Ln исчезло</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln items before, {after} after</source>
        <translation>
            <numerusform>%Ln материал до, {after} после</numerusform>
            <numerusform>%Ln материала до, {after} после</numerusform>
            <numerusform>%Ln материалов до, {after} после</numerusform>
        </translation>
    </message>
    <message>
        <source>Rebuild finished: {parts}; {items}.</source>
        <translation>Перестройка завершена: {parts}; {items}.</translation>
    </message>
    <message>
        <source>Archive Rebuilt</source>
        <translation>Архив перестроен</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pages imported before pages were kept were left as they were.</source>
        <translation>
            <numerusform>%Ln страница, импортированная до того, как страницы стали храниться, оставлена как была.</numerusform>
            <numerusform>%Ln страницы, импортированные до того, как страницы стали храниться, оставлены как были.</numerusform>
            <numerusform>%Ln страниц, импортированных до того, как страницы стали храниться, оставлены как были.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rebuild failed, the archive is as it was: {error}</source>
        <translation>Перестройка не удалась, архив остался прежним: {error}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from Automatic Backup</source>
        <extracomment>The backups are listed (a list of `ListedBackup`). The preview of the selected backup is on screen (its `RestorePreview`). A backup was merged into the user data (its `RestoreReport`).</extracomment>
        <translation>Восстановление из автоматической копии</translation>
    </message>
    <message>
        <source>A backup is taken each time your tags, stars, notes, collections or saved searches change. Restoring one adds what it holds to your data as it is now; nothing is removed.</source>
        <translation>Резервная копия создаётся при каждом изменении ваших меток, звёзд, заметок, подборок или сохранённых поисков. Восстановление добавляет её содержимое к вашим текущим данным; ничего не удаляется.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>What restoring the selected backup would change:</source>
        <translation>Что изменит восстановление выбранной копии:</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Tagged items</source>
        <translation>Отмеченные материалы</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Звёзды</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Подборки</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Сохранённые поиски</translation>
    </message>
    <message>
        <source>In the backup</source>
        <translation>В копии</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Restoring adds</source>
        <translation>Добавится</translation>
    </message>
    <message>
        <source>No automatic backups yet: one is taken once your data changes.</source>
        <translation>Автоматических копий пока нет: копия создаётся, как только ваши данные изменятся.</translation>
    </message>
    <message>
        <source>Notes that differ from the backup&apos;s keep their text and get the backup&apos;s appended: {count}.</source>
        <translation>Заметки, отличающиеся от сохранённых в копии, сохранят свой текст, а текст из копии будет добавлен в конец: {count}.</translation>
    </message>
    <message>
        <source>Items this archive does not hold: {count}. Their data is kept and shows once their pages are imported.</source>
        <translation>Материалов нет в этом архиве: {count}. Их данные сохраняются и появятся, когда их страницы будут импортированы.</translation>
    </message>
    <message>
        <source>Your data already holds everything in this backup.</source>
        <translation>Всё содержимое этой копии уже есть в ваших данных.</translation>
    </message>
    <message>
        <source>Restored: {tags} tags on items, {stars} stars, {notes} notes ({merged} merged into a different note), {collections} collections ({collection_items} items added to collections), {saved} saved searches.</source>
        <translation>Восстановлено: меток на материалах — {tags}, звёзд — {stars}, заметок — {notes} (объединено с другой заметкой — {merged}), подборок — {collections} (материалов добавлено в подборки — {collection_items}), сохранённых поисков — {saved}.</translation>
    </message>
    <message>
        <source>The backup could not be read or restored: {error}</source>
        <translation>Не удалось прочитать или восстановить копию: {error}</translation>
    </message>
</context>
<context>
    <name>ResultDelegate</name>
    <message>
        <source>≈ variant</source>
        <translation>≈ форма</translation>
    </message>
    <message>
        <source>teaser</source>
        <translation>анонс</translation>
    </message>
</context>
<context>
    <name>ResultListModel</name>
    <message>
        <source>≈ found by stem or spelling variant</source>
        <extracomment>Rows read per page unless Preferences say otherwise; also the size of a search&apos;s first page. Pages of whole hits kept in memory, the most recently shown: several screens&apos; worth either way. Pages read at once. The view asks for pages as it paints; when the scroll bar is dragged, only the pages it asked for last are still worth reading, so older requests beyond WANTED_KEPT are dropped. The roles under which a row&apos;s `SearchHit` and the user&apos;s `Annotation` of it are returned. The roles answered from the row&apos;s whole hit. A page could not be read: the message for the status bar.</extracomment>
        <translation>≈ найдено по основе слова или другому написанию</translation>
    </message>
    <message>
        <source>Could not load more results: {error}</source>
        <translation>Не удалось загрузить остальные результаты: {error}</translation>
    </message>
</context>
<context>
    <name>ResultMenu</name>
    <message>
        <source>&amp;Add to Collection</source>
        <extracomment>The name of the collection to add the picked items to. The user wants a new collection of the picked items. The name of the collection to take the picked items out of.</extracomment>
        <translation>&amp;Добавить в подборку</translation>
    </message>
    <message>
        <source>Remove from Co&amp;llection</source>
        <translation>&amp;Убрать из подборки</translation>
    </message>
    <message>
        <source>&amp;New Collection…</source>
        <translation>&amp;Новая подборка…</translation>
    </message>
</context>
<context>
    <name>ResultsPane</name>
    <message>
        <source>Results</source>
        <extracomment>The channel of the job that reads a selection&apos;s ids: a newer request makes an older one stale. The most selected items whose ids are written out on the GUI thread (a few milliseconds); more are named in the job, even when all are known: a million take a third of a second. How many selected items have their ids read in the background; 0 once that read is over. The selection&apos;s ids could not be read: the message for the status bar.</extracomment>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Could not read the selected items: {error}</source>
        <translation>Не удалось прочитать выбранные материалы: {error}</translation>
    </message>
</context>
<context>
    <name>SavedSearches</name>
    <message>
        <source>Type a search first; an empty search shows every item.</source>
        <extracomment>The saved searches, after a change or the first read. The user picked a saved search to run (its query).</extracomment>
        <translation>Сначала введите запрос: пустой запрос показывает все материалы.</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Сохранить поиск</translation>
    </message>
    <message>
        <source>Name of the saved search:</source>
        <translation>Название сохранённого поиска:</translation>
    </message>
    <message>
        <source>Saved searches: {error}</source>
        <translation>Сохранённые поиски: {error}</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search titles and text: words, &quot;exact phrases&quot;, lang:ru, date:2025-12 …   (F1 for help)</source>
        <extracomment>The query to search for: after a pause in typing, on Enter, or when cleared. The user settled on a query (Enter, or picked from the history): worth remembering. Down was pressed in the field: the user wants to move into the results.</extracomment>
        <translation>Поиск по заголовкам и тексту: слова, &quot;точные фразы&quot;, lang:ru, date:2025-12 …   (F1 — справка)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Порядок сортировки</translation>
    </message>
    <message>
        <source>Query syntax (F1)</source>
        <translation>Синтаксис запросов (F1)</translation>
    </message>
    <message>
        <source>{reason} (at character {position})</source>
        <translation>{reason} (символ {position})</translation>
    </message>
    <message>
        <source>Searched for: {query}</source>
        <translation>Запрос понят как: {query}</translation>
    </message>
    <message>
        <source>also searched: {names}</source>
        <translation>также искали: {names}</translation>
    </message>
</context>
<context>
    <name>SelectionEdits</name>
    <message>
        <source>Select the items to star first.</source>
        <extracomment>A command could not act (nothing picked): the message for the status bar.</extracomment>
        <translation>Сначала выберите материалы для избранного.</translation>
    </message>
    <message>
        <source>Select the items to tag first.</source>
        <translation>Сначала выберите материалы, которым нужна метка.</translation>
    </message>
    <message>
        <source>The selected items have no tags.</source>
        <translation>У выбранных материалов нет меток.</translation>
    </message>
    <message>
        <source>Select the items to take a tag off first.</source>
        <translation>Сначала выберите материалы, с которых нужно снять метку.</translation>
    </message>
    <message>
        <source>&amp;Star</source>
        <translation>В &amp;избранное</translation>
    </message>
    <message>
        <source>Un&amp;star</source>
        <translation>Убрать из &amp;избранного</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Прочее</translation>
    </message>
</context>
<context>
    <name>SortOrder</name>
    <message>
        <source>Best match</source>
        <translation>По релевантности</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Сначала новые</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Сначала старые</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Ranking by relevance…</source>
        <translation>Упорядочение по релевантности…</translation>
    </message>
    <message>
        <source>The newest matches are shown until the ranked ones are ready, which then replace them.</source>
        <translation>Пока идёт упорядочение по релевантности, показаны самые новые совпадения; затем их заменят упорядоченные.</translation>
    </message>
    <message>
        <source>Never updated from the website</source>
        <translation>Ещё не обновлялся с сайта</translation>
    </message>
    <message>
        <source>Updated from the website {moment}</source>
        <translation>Обновлён с сайта {moment}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ items</source>
        <translation>
            <numerusform>%Ln+ материалов</numerusform>
            <numerusform>%Ln+ материалов</numerusform>
            <numerusform>%Ln+ материалов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln items</source>
        <translation>
            <numerusform>%Ln материал</numerusform>
            <numerusform>%Ln материала</numerusform>
            <numerusform>%Ln материалов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading the %Ln selected items…</source>
        <translation>
            <numerusform>Чтение %Ln выбранного материала…</numerusform>
            <numerusform>Чтение %Ln выбранных материалов…</numerusform>
            <numerusform>Чтение %Ln выбранных материалов…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyntaxHelp</name>
    <message>
        <source>both words, in any form: meeting also finds meetings</source>
        <translation>оба слова в любой форме: meeting находит и meetings</translation>
    </message>
    <message>
        <source>the exact phrase, as written</source>
        <translation>точная фраза, как написано</translation>
    </message>
    <message>
        <source>either word (OR in capitals)</source>
        <translation>любое из слов (OR — заглавными)</translation>
    </message>
    <message>
        <source>items without the word</source>
        <translation>материалы без этого слова</translation>
    </message>
    <message>
        <source>words starting with negotiat</source>
        <translation>слова, начинающиеся на negotiat</translation>
    </message>
    <message>
        <source>parentheses group terms</source>
        <translation>скобки группируют условия</translation>
    </message>
    <message>
        <source>the word in the title</source>
        <translation>слово в заголовке</translation>
    </message>
    <message>
        <source>the Russian edition; the short items of the side column</source>
        <translation>русская версия сайта; короткие материалы из боковой колонки</translation>
    </message>
    <message>
        <source>a month; a range (also before:2025-12-05, after:2025-06)</source>
        <translation>месяц; период (а также before:2025-12-05, after:2025-06)</translation>
    </message>
    <message>
        <source>a person or an organisation, in any spelling or script</source>
        <translation>человек или организация в любом написании, кириллицей или латиницей</translation>
    </message>
    <message>
        <source>items the site changed; search their earlier texts too</source>
        <translation>материалы, изменённые на сайте; поиск и по их прежним текстам</translation>
    </message>
    <message>
        <source>your tags, stars and notes</source>
        <translation>ваши метки, избранное и заметки</translation>
    </message>
    <message>
        <source>your collections; a word of your notes</source>
        <translation>ваши подборки; слово из ваших заметок</translation>
    </message>
    <message>
        <source>Every term must match; case, accents and ё/е never matter. Click a facet to add its term, a chip to remove it; Esc clears the search. Help ▸ Query Syntax has the full reference.</source>
        <translation>Должны совпасть все условия; регистр, диакритика и ё/е не важны. Щелчок по фильтру добавляет его условие, щелчок по плашке — убирает; Esc очищает поиск. Полный справочник — в меню Справка ▸ Синтаксис запросов.</translation>
    </message>
    <message>
        <source>Search syntax</source>
        <translation>Синтаксис поиска</translation>
    </message>
</context>
<context>
    <name>SyntaxReference</name>
    <message>
        <source>Query Syntax</source>
        <translation>Синтаксис запросов</translation>
    </message>
    <message>
        <source>The full reference is missing from this installation; in short:</source>
        <translation>Полного справочника в этой установке нет; кратко:</translation>
    </message>
</context>
<context>
    <name>TagPicker</name>
    <message>
        <source>Tag name</source>
        <translation>Название метки</translation>
    </message>
    <message>
        <source>On these items: {tags}</source>
        <translation>У этих материалов: {tags}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message numerus="yes">
        <source>{month}: %Ln items</source>
        <extracomment>Pixels between the bars&apos; baseline and the labels under it.</extracomment>
        <translation>
            <numerusform>{month}: %Ln материал</numerusform>
            <numerusform>{month}: %Ln материала</numerusform>
            <numerusform>{month}: %Ln материалов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoTexts</name>
    <message numerus="yes">
        <source>Star %Ln items</source>
        <extracomment>`QUndoCommand.id` of note edits: consecutive saves of one item&apos;s note merge into one step.</extracomment>
        <translation>
            <numerusform>добавление %Ln материала в избранное</numerusform>
            <numerusform>добавление %Ln материалов в избранное</numerusform>
            <numerusform>добавление %Ln материалов в избранное</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unstar %Ln items</source>
        <translation>
            <numerusform>удаление %Ln материала из избранного</numerusform>
            <numerusform>удаление %Ln материалов из избранного</numerusform>
            <numerusform>удаление %Ln материалов из избранного</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %Ln items &apos;{tag}&apos;</source>
        <translation>
            <numerusform>метку «{tag}» для %Ln материала</numerusform>
            <numerusform>метку «{tag}» для %Ln материалов</numerusform>
            <numerusform>метку «{tag}» для %Ln материалов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove tag &apos;{tag}&apos; from %Ln items</source>
        <translation>
            <numerusform>снятие метки «{tag}» с %Ln материала</numerusform>
            <numerusform>снятие метки «{tag}» с %Ln материалов</numerusform>
            <numerusform>снятие метки «{tag}» с %Ln материалов</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>изменение заметки</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln items to &apos;{collection}&apos;</source>
        <translation>
            <numerusform>добавление %Ln материала в «{collection}»</numerusform>
            <numerusform>добавление %Ln материалов в «{collection}»</numerusform>
            <numerusform>добавление %Ln материалов в «{collection}»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln items from &apos;{collection}&apos;</source>
        <translation>
            <numerusform>удаление %Ln материала из «{collection}»</numerusform>
            <numerusform>удаление %Ln материалов из «{collection}»</numerusform>
            <numerusform>удаление %Ln материалов из «{collection}»</numerusform>
        </translation>
    </message>
    <message>
        <source>New Collection &apos;{collection}&apos;</source>
        <translation>создание подборки «{collection}»</translation>
    </message>
    <message>
        <source>Delete Collection &apos;{collection}&apos;</source>
        <translation>удаление подборки «{collection}»</translation>
    </message>
    <message>
        <source>Rename Collection &apos;{old}&apos; to &apos;{new}&apos;</source>
        <translation>переименование подборки «{old}» в «{new}»</translation>
    </message>
</context>
<context>
    <name>UserDataWrites</name>
    <message>
        <source>Not saved: {error}</source>
        <extracomment>An undo or redo of a note: the note editor shows the stored text instead of keeping its own. A change is in the archive (a `Stored`): the rows, the reading pane and the sidebar follow it. A change could not be written: the message for the status bar.</extracomment>
        <translation>Не сохранено: {error}</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Sort the results: {order}</source>
        <translation>Сортировка результатов: {order}</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Импорт файлов…</translation>
    </message>
    <message>
        <source>Import saved pages (.txt, .html) and .zip files</source>
        <translation>Импортировать сохранённые страницы (.txt, .html) и файлы .zip</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Импорт &amp;папки…</translation>
    </message>
    <message>
        <source>Import every page in a folder and its subfolders</source>
        <translation>Импортировать все страницы из папки и её подпапок</translation>
    </message>
    <message>
        <source>&amp;Update from the Website…</source>
        <translation>&amp;Обновить с сайта…</translation>
    </message>
    <message>
        <source>Fetch what is new on the site into the archive</source>
        <translation>Загрузить в архив то, что появилось на сайте</translation>
    </message>
    <message>
        <source>&amp;Export Selection…</source>
        <translation>&amp;Экспорт выбранного…</translation>
    </message>
    <message>
        <source>Export the selected items</source>
        <translation>Экспортировать выбранные материалы</translation>
    </message>
    <message>
        <source>&amp;Restore from Automatic Backup…</source>
        <translation>&amp;Восстановить из автоматической копии…</translation>
    </message>
    <message>
        <source>Bring back tags, stars, notes or collections as they were</source>
        <translation>Вернуть метки, звёзды, заметки или подборки в прежнее состояние</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Undo the last change of tags, stars, notes or collections</source>
        <translation>Отменить последнее изменение меток, избранного, заметок или подборок</translation>
    </message>
    <message>
        <source>Make the change that was undone again</source>
        <translation>Повторить отменённое изменение</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>Type a search</source>
        <translation>Ввести запрос</translation>
    </message>
    <message>
        <source>&amp;Clear Search</source>
        <translation>&amp;Очистить поиск</translation>
    </message>
    <message>
        <source>Show every item again</source>
        <translation>Снова показать все материалы</translation>
    </message>
    <message>
        <source>&amp;Star</source>
        <translation>В &amp;избранное</translation>
    </message>
    <message>
        <source>Star or unstar the selected items</source>
        <translation>Добавить выбранные материалы в избранное или убрать их оттуда</translation>
    </message>
    <message>
        <source>&amp;Tag Selected Items…</source>
        <translation>&amp;Метка для выбранных…</translation>
    </message>
    <message>
        <source>Tag the selected items</source>
        <translation>Поставить метку выбранным материалам</translation>
    </message>
    <message>
        <source>Remo&amp;ve Tag…</source>
        <translation>&amp;Снять метку…</translation>
    </message>
    <message>
        <source>Take a tag off the selected items</source>
        <translation>Снять метку с выбранных материалов</translation>
    </message>
    <message>
        <source>&amp;Open on the Site</source>
        <translation>О&amp;ткрыть на сайте</translation>
    </message>
    <message>
        <source>Open the item&apos;s page in a web browser</source>
        <translation>Открыть страницу материала в браузере</translation>
    </message>
    <message>
        <source>Save Searc&amp;h…</source>
        <translation>Со&amp;хранить поиск…</translation>
    </message>
    <message>
        <source>Keep this search under a name</source>
        <translation>Сохранить этот поиск под названием</translation>
    </message>
    <message>
        <source>Saved Se&amp;arches</source>
        <translation>Сохранённые &amp;поиски</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Run the search again, with pages imported since</source>
        <translation>Повторить поиск с учётом импортированных с тех пор страниц</translation>
    </message>
    <message>
        <source>Query Syntax &amp;Summary</source>
        <translation>Синтаксис запросов — к&amp;ратко</translation>
    </message>
    <message>
        <source>The query syntax in brief, under the search field</source>
        <translation>Краткая справка по синтаксису запросов под строкой поиска</translation>
    </message>
    <message>
        <source>&amp;Query Syntax</source>
        <translation>&amp;Синтаксис запросов</translation>
    </message>
    <message>
        <source>The full reference of the query syntax</source>
        <translation>Полный справочник по синтаксису запросов</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Сочетания &amp;клавиш</translation>
    </message>
    <message>
        <source>Every key binding of the window</source>
        <translation>Все сочетания клавиш окна</translation>
    </message>
    <message>
        <source>&amp;Delete Saved Search</source>
        <translation>&amp;Удалить сохранённый поиск</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Н&amp;астройки…</translation>
    </message>
    <message>
        <source>Archive file, language, colours, results, backups</source>
        <translation>Файл архива, язык, цвета, результаты, резервные копии</translation>
    </message>
    <message>
        <source>Focus F&amp;acets</source>
        <translation>Перейти к &amp;фильтрам</translation>
    </message>
    <message>
        <source>Move the keyboard to the facets</source>
        <translation>Перевести фокус клавиатуры на фильтры</translation>
    </message>
    <message>
        <source>Show Side&amp;bar</source>
        <translation>&amp;Боковая панель</translation>
    </message>
    <message>
        <source>Show &amp;Timeline</source>
        <translation>&amp;Шкала времени</translation>
    </message>
    <message>
        <source>Show &amp;Reading Pane</source>
        <translation>Панель &amp;чтения</translation>
    </message>
    <message>
        <source>&amp;About Press Archive</source>
        <translation>&amp;О программе Press Archive</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Sort Results</source>
        <translation>&amp;Сортировка результатов</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
</context>
</TS>
