<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="181"/>
        <source>&amp;Open pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="183"/>
        <source>Open a pack folder or .zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="185"/>
        <source>Open &amp;alongside…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="186"/>
        <source>Open another pack next to the open one: their events and figures show together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="188"/>
        <source>Import &amp;data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="189"/>
        <source>Turn a CSV or Excel file into a new pack, opened alongside the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="190"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="191"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="193"/>
        <source>Search titles, summaries, Japanese text and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="195"/>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="196"/>
        <source>Zoom to &amp;fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="197"/>
        <source>Show every visible event (Home on the timeline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="198"/>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="200"/>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="202"/>
        <source>Show &amp;eras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="203"/>
        <source>Leaders&apos; terms as background bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="205"/>
        <source>F&amp;ull screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="209"/>
        <source>Lanes by &amp;partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="211"/>
        <source>Lanes by &amp;domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="215"/>
        <source>&amp;About Briefing Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="217"/>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="218"/>
        <source>How to use Briefing Explorer, opened at the section of the panel you are in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="222"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="223"/>
        <source>Every command that has a keyboard shortcut, with its keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="225"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="226"/>
        <source>Interface and label language, text size, theme, default marking, export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="232"/>
        <source>Export my notes and &amp;briefings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="233"/>
        <source>One file with your notes, saved views and briefings, to move to another laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="235"/>
        <source>&amp;Import notes and briefings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="236"/>
        <source>Merge a file exported on another laptop; nothing here is overwritten by older notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="238"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="239"/>
        <source>Chart, table, timeline or event as PNG, SVG, PDF, PowerPoint, CSV or Excel, with sources and marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="241"/>
        <source>Copy c&amp;hart (image and data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="243"/>
        <source>The chart as a sourced slide picture, and its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="244"/>
        <source>Add &amp;chart to briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="246"/>
        <source>Add &amp;table to briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="248"/>
        <source>Add time&amp;line view to briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="250"/>
        <source>Add selected &amp;event to briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="253"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="254"/>
        <source>Print preview of the current view (the chart if the Compare panel has focus, else the timeline), marking on every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="257"/>
        <source>Export briefing &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="258"/>
        <source>A one-page note (Word or PDF) from the current briefing, or from the current view when the briefing is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="261"/>
        <source>&amp;Print briefing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="262"/>
        <source>Every item of the current briefing, one slide per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="266"/>
        <source>Go to &amp;timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="266"/>
        <source>Go to filter&amp;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="267"/>
        <source>Go to e&amp;vents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="267"/>
        <source>Go to &amp;compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="268"/>
        <source>Go to det&amp;ails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="268"/>
        <source>Go to &amp;briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="274"/>
        <source>Ne&amp;xt panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="275"/>
        <source>Previous pane&amp;l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="278"/>
        <source>Reset la&amp;yout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="279"/>
        <source>Put every panel back where it was on first start, all of them shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="283"/>
        <source>Show or hide the {panel} panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="286"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="288"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="292"/>
        <source>&amp;Close pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="305"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="312"/>
        <source>&amp;Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="321"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="342"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="348"/>
        <location filename="../../explorer/qt/main_window.py" line="350"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="41"/>
        <source>PNG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="42"/>
        <source>SVG (vector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="43"/>
        <source>PDF (vector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="44"/>
        <source>PowerPoint (editable chart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="45"/>
        <source>CSV (data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="46"/>
        <source>Excel workbook (data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="47"/>
        <source>Slide 16:9, 1920 × 1080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="48"/>
        <source>Slide 16:9, 1280 × 720</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="49"/>
        <source>Slide 4:3, 1600 × 1200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="50"/>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="79"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="88"/>
        <source>&amp;What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="95"/>
        <source>Export {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="107"/>
        <source>Slide title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="108"/>
        <source>Pre-filled with the view&apos;s own title; what you type is printed on the slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="112"/>
        <source>Slide subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="118"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="126"/>
        <source>Slide size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="131"/>
        <source>Custom width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="132"/>
        <source>Custom height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="135"/>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="150"/>
        <source>Pixel scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="151"/>
        <source>How many pixels a PNG has per pixel of the slide size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="157"/>
        <source>SVG: text as outlines (opens without the font; not searchable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="159"/>
        <source>SVG text as outlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="163"/>
        <source>e.g. RESTRICTED — FOR BRIEFING ONLY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="164"/>
        <source>Handling marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="165"/>
        <source>Printed at the top and bottom of what is exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="168"/>
        <source>Require a marking before any export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="169"/>
        <source>Require a marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="179"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="180"/>
        <source>S&amp;ubtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="181"/>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="181"/>
        <source>Si&amp;ze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="182"/>
        <source>S&amp;cale (PNG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="183"/>
        <source>&amp;Marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="194"/>
        <source>Export hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="197"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="199"/>
        <source>Export to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="201"/>
        <location filename="../../explorer/qt/views/export_dialog.py" line="202"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="209"/>
        <source>Preview of the slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="215"/>
        <source>Preview note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="304"/>
        <source>No preview for data files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="310"/>
        <source>No preview: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="326"/>
        <source>Taller than the slide size: every source and every unlabelled event is listed below the picture (filter or choose a range for a slide-shaped picture).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="341"/>
        <source>Nothing to export yet: open a pack, choose an indicator or select an event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="343"/>
        <source>{format} holds a chart&apos;s data: choose Chart or Table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="395"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="396"/>
        <source>{file} was not written:
{problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="399"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="410"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="346"/>
        <source>A handling marking is required before any export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="100"/>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="102"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="104"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="106"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="109"/>
        <source>Briefing</source>
        <translation type="unfinished">ブリーフィング</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="153"/>
        <source>{panel} panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="161"/>
        <location filename="../../explorer/qt/main_window.py" line="166"/>
        <source>Panel tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="361"/>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="364"/>
        <source>Events shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="368"/>
        <source>Show it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="369"/>
        <source>Show the hidden event again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="371"/>
        <source>Clears the filters and selects the event the filter hid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="373"/>
        <source>Clear the filters and select the event the filter hid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="506"/>
        <source>Loading {path}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="514"/>
        <source>Not closed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="538"/>
        <source>Opened {title} alongside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="553"/>
        <source>Opened {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="559"/>
        <source>{path} was not reloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="559"/>
        <source>{path} was not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="561"/>
        <source>Still open: {title}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="567"/>
        <source>Pack refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="568"/>
        <source>{path} breaks the briefing-pack format (1 problem); nothing from it was loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="570"/>
        <source>{path} breaks the briefing-pack format ({n} problems); nothing from it was loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="573"/>
        <source>First problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="585"/>
        <source>Could not open pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="586"/>
        <source>{path} could not be opened because of an internal error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="588"/>
        <source>The current pack stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="594"/>
        <source>Open briefing pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="599"/>
        <source>Open a pack alongside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="619"/>
        <source>Briefing packs (datapackage.json *.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="641"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="644"/>
        <source>&amp;Clear list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="662"/>
        <source>What changed &amp;since…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="663"/>
        <source>Pick another version of the open pack and see what differs from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="665"/>
        <source>What changed in the last re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="666"/>
        <source>The events and figures the last reload from disk added, removed or changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="668"/>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="671"/>
        <location filename="../../explorer/qt/main_window.py" line="727"/>
        <source>What changed in the last reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="700"/>
        <source>Reload refused — keeping the previous version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="719"/>
        <source>Reloaded {title}: {changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="762"/>
        <source>What changed since {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="768"/>
        <source>Open a pack first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="770"/>
        <source>What changed since… (pick the earlier version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="784"/>
        <source>Note not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="793"/>
        <source>Comparison not changed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="833"/>
        <source>no indicator chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="836"/>
        <source>none selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="839"/>
        <source>Chart: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="840"/>
        <source>Table of that chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="841"/>
        <source>Timeline, as shown now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="842"/>
        <source>Timeline, the whole filtered span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="844"/>
        <source>Selected event: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="861"/>
        <source>Exported {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="875"/>
        <source>Choose an indicator in Compare before copying a chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="897"/>
        <source>Chart copied (picture and data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="921"/>
        <source>Nothing to print: no {view} to show yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="933"/>
        <source>Not printed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="956"/>
        <source>Nothing to write a note from: open a pack first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="960"/>
        <source>chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="960"/>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="960"/>
        <location filename="../../explorer/qt/main_window.py" line="961"/>
        <source>timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="961"/>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="966"/>
        <source>Nothing to add: no {view} to show yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="981"/>
        <source>Saved {what} to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="992"/>
        <source>Nothing imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="1001"/>
        <source>Imported {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="1006"/>
        <source>Export my notes and briefings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="1008"/>
        <location filename="../../explorer/qt/main_window.py" line="1018"/>
        <source>Briefing Explorer data (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="1013"/>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="1014"/>
        <source>{path} was not written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="1017"/>
        <source>Import notes and briefings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="1034"/>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="1047"/>
        <source>explore sourced briefing packs offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="1054"/>
        <source>Open pack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="1055"/>
        <source>{title} (version {version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="1057"/>
        <source>Licence: {licence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="1058"/>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="1060"/>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="1061"/>
        <source>{n} documents are cited row by row; see each event&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="1173"/>
        <source>Settings not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="40"/>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="46"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="42"/>
        <source>Same as the interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="43"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="44"/>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="45"/>
        <source>English and Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="47"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="48"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="49"/>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="50"/>
        <source>Refit automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="51"/>
        <source>Ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="52"/>
        <source>Keep the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="81"/>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="82"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="88"/>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="90"/>
        <source>The language of menus and dialogs; applies the next time the application starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="92"/>
        <source>The interface language changes the next time you start Briefing Explorer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="98"/>
        <source>Label language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="100"/>
        <source>The language of event titles, names, domains and statuses in every view and export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="109"/>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="111"/>
        <source>The size of every text in the window, the timeline included, in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="116"/>
        <source>Text size in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="121"/>
        <source>Preview: EU–Japan EPA in force, 1 February 2019</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="122"/>
        <source>Text size preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="129"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="131"/>
        <source>Colours of the window, the timeline and the charts; exports always stay light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="134"/>
        <source>Timeline after a filter change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="136"/>
        <source>Whether the timeline zooms to the events a new filter shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="139"/>
        <source>e.g. OFFICIAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="140"/>
        <source>Default classification marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="142"/>
        <source>Printed on every exported page and slide unless you change it in the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="145"/>
        <source>Your home folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="146"/>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="254"/>
        <source>Export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="147"/>
        <source>Where export dialogs start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="148"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="149"/>
        <source>Choose the export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="159"/>
        <source>&amp;Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="162"/>
        <source>&amp;Label language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="167"/>
        <source>Text &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="169"/>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="170"/>
        <source>Time&amp;line after a filter change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="172"/>
        <source>Default &amp;marking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="176"/>
        <source>E&amp;xport folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="181"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="182"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="183"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="277"/>
        <source>The preferences could not be saved: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../explorer/qt/app.py" line="90"/>
        <source>Notes are off: {why}</source>
        <translation>メモを使用できません：{why}</translation>
    </message>
</context>
<context>
    <name>exporting</name>
    <message>
        <location filename="../../explorer/qt/exporting.py" line="255"/>
        <source>A handling marking is required before any export (see the Export dialog&apos;s settings); add one.</source>
        <translation>書き出しの前に取扱区分表示が必要です（書き出しダイアログの設定を参照）。取扱区分表示を入力してください。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/exporting.py" line="271"/>
        <source>A {format} export holds a chart&apos;s data: choose a chart or table view.</source>
        <translation>{format} 形式の書き出しはグラフのデータを保存するものです。グラフまたは表を選択してください。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/exporting.py" line="343"/>
        <source>{file}: cannot read ({why})</source>
        <translation>{file}：読み込めません（{why}）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/exporting.py" line="364"/>
        <source>{file}: holds no Briefing Explorer receipt</source>
        <translation>{file}：Briefing Explorer の再現情報（レシート）が含まれていません</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/exporting.py" line="423"/>
        <source>{file}: a briefing is exported as .pptx or .pdf</source>
        <translation>{file}：ブリーフィングは .pptx 形式または .pdf 形式で書き出してください</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../explorer/qt/i18n.py" line="118"/>
        <source>The Japanese translation of the interface</source>
        <translation>画面表示の日本語訳</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/i18n.py" line="119"/>
        <source>The Japanese translation of Qt&apos;s dialogs</source>
        <translation>Qt 標準ダイアログの日本語訳</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/i18n.py" line="120"/>
        <source>{what} is missing ({file}); it is shown in English.</source>
        <translation>{what}（{file}）が見つかりません。英語で表示します。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/i18n.py" line="121"/>
        <source>{what} could not be read ({file}); it is shown in English.</source>
        <translation>{what}（{file}）を読み込めませんでした。英語で表示します。</translation>
    </message>
</context>
<context>
    <name>import_worker</name>
    <message>
        <location filename="../../explorer/qt/import_worker.py" line="115"/>
        <source>Internal error (please report it): {detail}</source>
        <translation>内部エラーが発生しました（開発担当者に報告してください）：{detail}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/import_worker.py" line="123"/>
        <source>{message} (found: {found})</source>
        <translation>{message}（該当する値：{found}）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/import_worker.py" line="139"/>
        <source>Reading the file…</source>
        <translation>ファイルを読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/import_worker.py" line="143"/>
        <source>Mapping {rows} rows…</source>
        <translation>{rows} 行を対応付けています…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/import_worker.py" line="148"/>
        <source>Writing the pack…</source>
        <translation>データパックを書き込んでいます…</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../explorer/qt/printing.py" line="112"/>
        <source>Briefing</source>
        <translation>ブリーフィング</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/printing.py" line="121"/>
        <source>Print preview — {title}</source>
        <translation>印刷プレビュー — {title}</translation>
    </message>
</context>
</TS>
