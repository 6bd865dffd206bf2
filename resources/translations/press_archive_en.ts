<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AnnotationFlow</name>
    <message numerus="yes">
        <source>Tag for %Ln items:</source>
        <translation>
            <numerusform>Tag for %Ln item:</numerusform>
            <numerusform>Tag for %Ln items:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag to remove from %Ln items:</source>
        <translation>
            <numerusform>Tag to remove from %Ln item:</numerusform>
            <numerusform>Tag to remove from %Ln items:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollectionFlow</name>
    <message numerus="yes">
        <source>Name of the new collection of %Ln items:</source>
        <extracomment>The collections, after a change or the first read.</extracomment>
        <translation>
            <numerusform>Name of the new collection of %Ln item:</numerusform>
            <numerusform>Name of the new collection of %Ln items:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountedPhrases</name>
    <message numerus="yes">
        <source>Seen on %Ln pages</source>
        <translation>
            <numerusform>Seen on %Ln page</numerusform>
            <numerusform>Seen on %Ln pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln versions kept</source>
        <translation>
            <numerusform>%Ln version kept</numerusform>
            <numerusform>%Ln versions kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmptyResults</name>
    <message numerus="yes">
        <source>%Ln items</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>The %Ln selected items</source>
        <translation>
            <numerusform>The %Ln selected item</numerusform>
            <numerusform>The %Ln selected items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln items</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message numerus="yes">
        <source>{done} of %Ln items</source>
        <translation>
            <numerusform>{done} of %Ln item</numerusform>
            <numerusform>{done} of %Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln items to {target}.</source>
        <translation>
            <numerusform>Exported %Ln item to {target}.</numerusform>
            <numerusform>Exported %Ln items to {target}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FetchFlow</name>
    <message numerus="yes">
        <source>%Ln pages fetched</source>
        <translation>
            <numerusform>%Ln page fetched</numerusform>
            <numerusform>%Ln pages fetched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln queued</source>
        <translation>
            <numerusform>%Ln queued</numerusform>
            <numerusform>%Ln queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new items</source>
        <translation>
            <numerusform>%Ln new item</numerusform>
            <numerusform>%Ln new items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln errors</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message numerus="yes">
        <source>Importing {name} and %Ln more…</source>
        <translation>
            <numerusform>Importing {name} and %Ln more…</numerusform>
            <numerusform>Importing {name} and %Ln more…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing: %Ln documents · {name}</source>
        <translation>
            <numerusform>Importing: %Ln document · {name}</numerusform>
            <numerusform>Importing: %Ln documents · {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files read</source>
        <translation>
            <numerusform>%Ln file read</numerusform>
            <numerusform>%Ln files read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new items</source>
        <translation>
            <numerusform>%Ln new item</numerusform>
            <numerusform>%Ln new items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln seen again</source>
        <translation>
            <numerusform>%Ln seen again</numerusform>
            <numerusform>%Ln seen again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln unchanged</numerusform>
            <numerusform>%Ln unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln failed</numerusform>
            <numerusform>%Ln failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RebuildFlow</name>
    <message numerus="yes">
        <source>Rebuilding: %Ln pages of {total} re-split</source>
        <translation>
            <numerusform>Rebuilding: %Ln page of {total} re-split</numerusform>
            <numerusform>Rebuilding: %Ln pages of {total} re-split</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln split</source>
        <translation>
            <numerusform>%Ln split</numerusform>
            <numerusform>%Ln split</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln merged</source>
        <translation>
            <numerusform>%Ln merged</numerusform>
            <numerusform>%Ln merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln re-dated</source>
        <translation>
            <numerusform>%Ln re-dated</numerusform>
            <numerusform>%Ln re-dated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln re-titled</source>
        <translation>
            <numerusform>%Ln re-titled</numerusform>
            <numerusform>%Ln re-titled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gone</source>
        <translation>
            <numerusform>%Ln gone</numerusform>
            <numerusform>%Ln gone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln items before, {after} after</source>
        <translation>
            <numerusform>%Ln item before, {after} after</numerusform>
            <numerusform>%Ln items before, {after} after</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pages imported before pages were kept were left as they were.</source>
        <translation>
            <numerusform>%Ln page imported before pages were kept was left as it was.</numerusform>
            <numerusform>%Ln pages imported before pages were kept were left as they were.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>%Ln+ items</source>
        <translation>
            <numerusform>%Ln+ items</numerusform>
            <numerusform>%Ln+ items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln items</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading the %Ln selected items…</source>
        <translation>
            <numerusform>Reading the %Ln selected item…</numerusform>
            <numerusform>Reading the %Ln selected items…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message numerus="yes">
        <source>{month}: %Ln items</source>
        <extracomment>Pixels between the bars&apos; baseline and the labels under it.</extracomment>
        <translation>
            <numerusform>{month}: %Ln item</numerusform>
            <numerusform>{month}: %Ln items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoTexts</name>
    <message numerus="yes">
        <source>Star %Ln items</source>
        <extracomment>`QUndoCommand.id` of note edits: consecutive saves of one item&apos;s note merge into one step.</extracomment>
        <translation>
            <numerusform>Star %Ln item</numerusform>
            <numerusform>Star %Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unstar %Ln items</source>
        <translation>
            <numerusform>Unstar %Ln item</numerusform>
            <numerusform>Unstar %Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %Ln items &apos;{tag}&apos;</source>
        <translation>
            <numerusform>Tag %Ln item &apos;{tag}&apos;</numerusform>
            <numerusform>Tag %Ln items &apos;{tag}&apos;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove tag &apos;{tag}&apos; from %Ln items</source>
        <translation>
            <numerusform>Remove tag &apos;{tag}&apos; from %Ln item</numerusform>
            <numerusform>Remove tag &apos;{tag}&apos; from %Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln items to &apos;{collection}&apos;</source>
        <translation>
            <numerusform>Add %Ln item to &apos;{collection}&apos;</numerusform>
            <numerusform>Add %Ln items to &apos;{collection}&apos;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln items from &apos;{collection}&apos;</source>
        <translation>
            <numerusform>Remove %Ln item from &apos;{collection}&apos;</numerusform>
            <numerusform>Remove %Ln items from &apos;{collection}&apos;</numerusform>
        </translation>
    </message>
</context>
</TS>
