<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="237"/>
        <source>&amp;Open pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="239"/>
        <source>Open a pack folder or .zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="241"/>
        <source>Open &amp;alongside…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="242"/>
        <source>Open another pack next to the open one: their events and figures show together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="244"/>
        <source>Import &amp;data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="245"/>
        <source>Turn a CSV or Excel file into a new pack, opened alongside the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="246"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="247"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="249"/>
        <source>Search titles, summaries, Japanese text and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="251"/>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="252"/>
        <source>Zoom to &amp;fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="253"/>
        <source>Show every visible event (Home on the timeline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="254"/>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="256"/>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="258"/>
        <source>Show &amp;eras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="259"/>
        <source>Leaders&apos; terms as background bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="261"/>
        <source>F&amp;ull screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="265"/>
        <source>Lanes by &amp;partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="267"/>
        <source>Lanes by &amp;domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="271"/>
        <source>&amp;About Briefing Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="273"/>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="274"/>
        <source>How to use Briefing Explorer, opened at the section of the panel you are in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="278"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="279"/>
        <source>Every command that has a keyboard shortcut, with its keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="281"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="282"/>
        <source>Interface and label language, text size, theme, default marking, export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="289"/>
        <source>Export my notes and &amp;briefings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="290"/>
        <source>One file with your notes, saved views and briefings, to move to another laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="292"/>
        <source>&amp;Import notes and briefings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="293"/>
        <source>Merge a file exported on another laptop; nothing here is overwritten by older notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="295"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="296"/>
        <source>Chart, table, timeline or event as PNG, SVG, PDF, PowerPoint, CSV or Excel, with sources and marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="298"/>
        <source>Copy c&amp;hart (image and data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="300"/>
        <source>The chart as a sourced slide picture, and its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="301"/>
        <source>Add &amp;chart to briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="303"/>
        <source>Add &amp;table to briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="305"/>
        <source>Add time&amp;line view to briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="307"/>
        <source>Add selected &amp;event to briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="310"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="311"/>
        <source>Print preview of the current view (the chart if the Compare panel has focus, else the timeline), marking on every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="314"/>
        <source>Export briefing &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="315"/>
        <source>A one-page note (Word or PDF) from the current briefing, or from the current view when the briefing is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="318"/>
        <source>&amp;Print briefing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="319"/>
        <source>Every item of the current briefing, one slide per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="323"/>
        <source>Go to &amp;timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="323"/>
        <source>Go to filter&amp;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="324"/>
        <source>Go to e&amp;vents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="324"/>
        <source>Go to &amp;compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="325"/>
        <source>Go to det&amp;ails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="325"/>
        <source>Go to &amp;briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="331"/>
        <source>Ne&amp;xt panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="332"/>
        <source>Previous pane&amp;l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="335"/>
        <source>Reset la&amp;yout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="336"/>
        <source>Put every panel back where it was on first start, all of them shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="340"/>
        <source>Show or hide the {panel} panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="343"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="345"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="349"/>
        <source>&amp;Close pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="362"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="369"/>
        <source>&amp;Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="378"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="399"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="405"/>
        <location filename="../../explorer/qt/main_window.py" line="407"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingPanel</name>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="64"/>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="65"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="66"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="67"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="68"/>
        <source>No items yet. Add the current chart, table, timeline or event from the Briefing menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="70"/>
        <source>No briefing yet. Press New… or add a view from the Briefing menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="80"/>
        <source>1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="81"/>
        <source>{n} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="85"/>
        <source>Untitled briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="89"/>
        <source>the view’s own title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="100"/>
        <source>pack {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="219"/>
        <source>Briefing file problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="222"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="223"/>
        <source>Dismiss briefing file problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="234"/>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="646"/>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="732"/>
        <source>Briefing</source>
        <translation type="unfinished">ブリーフィング</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="235"/>
        <source>The briefing shown below; each is a deck of slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="240"/>
        <source>No briefing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="242"/>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="243"/>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="970"/>
        <source>New briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="245"/>
        <source>Rena&amp;me…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="246"/>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="976"/>
        <source>Rename briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="248"/>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="249"/>
        <source>Delete briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="252"/>
        <source>Handling marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="253"/>
        <source>Printed on every slide and page of this briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="255"/>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="1031"/>
        <source>e.g. OFFICIAL (printed on every slide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="261"/>
        <source>Briefing items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="262"/>
        <source>One slide each, in this order. F2 renames, Ctrl+Up and Ctrl+Down move, Delete removes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="272"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="273"/>
        <source>Move item up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="274"/>
        <source>Move the selected item up (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="276"/>
        <source>Move d&amp;own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="277"/>
        <source>Move item down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="278"/>
        <source>Move the selected item down (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="280"/>
        <source>Ren&amp;ame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="281"/>
        <source>Rename item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="282"/>
        <source>Edit the selected item&apos;s slide title (F2 or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="285"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="286"/>
        <source>Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="287"/>
        <source>Remove the selected item (Delete); Undo remove puts it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="290"/>
        <source>Un&amp;do remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="291"/>
        <source>Undo remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="292"/>
        <source>Put back the item removed last (Ctrl+Z in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="312"/>
        <source>Talking points of the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="313"/>
        <source>Select an item to write its talking points (they go in the slide&apos;s speaker notes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="318"/>
        <source>Talking points status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="325"/>
        <source>Export deck (&amp;PowerPoint)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="326"/>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="1003"/>
        <source>Export deck as PowerPoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="328"/>
        <source>E&amp;xport deck (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="329"/>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="1004"/>
        <source>Export deck as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="331"/>
        <source>Briefing note (&amp;Word or PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="332"/>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="664"/>
        <source>Export briefing note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="333"/>
        <source>A one-page note: talking points, the events shown, one or two charts and every source, marking on every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="338"/>
        <source>Paper size of the briefing note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="339"/>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="340"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="341"/>
        <source>Print &amp;slides…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="342"/>
        <source>Print briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="343"/>
        <source>Print every item, one slide per page, marking on every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="349"/>
        <source>Briefing status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="356"/>
        <source>Briefin&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="365"/>
        <source>Mar&amp;king</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="369"/>
        <source>&amp;Items (one slide each, in this order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="381"/>
        <source>&amp;Talking points (speaker notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="403"/>
        <source>Briefing controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="469"/>
        <source>Saved</source>
        <translation type="unfinished">保存しました</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="488"/>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="971"/>
        <source>Briefing {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="491"/>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="514"/>
        <source>Briefing not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="492"/>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="515"/>
        <source>Could not create a briefing: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="500"/>
        <source>Item not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="501"/>
        <source>Could not add the view to “{briefing}”: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="505"/>
        <source>Added “{item}” to {briefing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="519"/>
        <source>Created {briefing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="529"/>
        <source>Briefing not renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="542"/>
        <source>Briefing not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="542"/>
        <source>Could not delete “{briefing}”: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="548"/>
        <source>Deleted the briefing “{briefing}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="560"/>
        <source>Removed “{item}” (Undo remove puts it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="572"/>
        <source>Item not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="577"/>
        <source>Restored “{item}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="587"/>
        <source>Nothing to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="588"/>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="659"/>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="725"/>
        <source>This briefing has no items yet: add views to it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="613"/>
        <source>A pack this briefing uses cannot be opened: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="621"/>
        <source>Cannot write {file}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="625"/>
        <source>Internal error while exporting ({problem}). Please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="634"/>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="636"/>
        <source>Wrote {file} ({items})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="650"/>
        <source>Briefing note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="658"/>
        <source>Nothing to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="665"/>
        <source>Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="693"/>
        <source>Writing the briefing note {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="705"/>
        <source>Wrote {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="707"/>
        <source>Wrote the briefing note {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="711"/>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="715"/>
        <source>Briefing note not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="713"/>
        <source>Briefing note not written: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="716"/>
        <source>The note was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="724"/>
        <source>Nothing to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="734"/>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="737"/>
        <source>Briefing not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="735"/>
        <source>A pack this briefing uses cannot be opened: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="772"/>
        <source>Last changed {time} UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="788"/>
        <source>No talking points yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="852"/>
        <source>Briefing not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="853"/>
        <source>The change was not saved: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="910"/>
        <source>Item not renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="911"/>
        <source>The new title was not saved: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="917"/>
        <source>Renamed the item to “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="918"/>
        <source>The item uses the view&apos;s own title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="930"/>
        <source>Editing…</source>
        <translation type="unfinished">編集中…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="943"/>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="948"/>
        <source>Marking not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="949"/>
        <source>The marking was not saved: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="952"/>
        <source>Marking set to “{marking}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="953"/>
        <source>Marking removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="967"/>
        <source>Briefing title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="970"/>
        <source>Title of the new briefing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="976"/>
        <source>Title of this briefing (the deck&apos;s title):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="983"/>
        <source>Delete briefing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="984"/>
        <source>Delete the briefing “{briefing}” and its {items}? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="988"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="989"/>
        <source>Cancel</source>
        <translation type="unfinished">キャンセル</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="1030"/>
        <source>None of its own: uses the export marking ({marking})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="1040"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="1042"/>
        <source>Talking points not saved: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="1047"/>
        <source>OK</source>
        <translation type="unfinished">OK</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="1059"/>
        <source>{file} not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="1061"/>
        <source>Deck not exported: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="1063"/>
        <source>Deck not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="1064"/>
        <source>The deck was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="1073"/>
        <source>Items using it: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="1084"/>
        <source>Some saved briefings could not be read; the others are here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="1086"/>
        <source>Folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../explorer/qt/views/chart_view.py" line="78"/>
        <source>Sources disagree on this figure: every value is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_view.py" line="79"/>
        <source>No exchange rate for its period: shown in its own currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_view.py" line="81"/>
        <source>Not a currency: shown as published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_view.py" line="82"/>
        <source>The series share no base period: nothing is indexed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_view.py" line="83"/>
        <source>No earlier figure to compare with: no growth rate (—).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_view.py" line="85"/>
        <source>Converted with the average rate of its year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_view.py" line="89"/>
        <source>Qualified figure: the source says over {figure}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_view.py" line="90"/>
        <source>Qualified figure: the source says under {figure}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_view.py" line="91"/>
        <source>Qualified figure: the source says about {figure}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_view.py" line="92"/>
        <source>Qualified figure: the source says at least {figure}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_view.py" line="93"/>
        <source>Qualified figure: the source says at most {figure}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_view.py" line="707"/>
        <source>Comparison chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_view.py" line="722"/>
        <source>Chart title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_view.py" line="729"/>
        <source>Chart subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_view.py" line="732"/>
        <source>Chart legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_view.py" line="737"/>
        <source>Chart plot area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_view.py" line="745"/>
        <source>Value under the pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_view.py" line="753"/>
        <source>Chart message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_view.py" line="762"/>
        <source>Chart notes and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_view.py" line="768"/>
        <source>Chart notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_view.py" line="829"/>
        <source>No chart is drawn. {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_view.py" line="835"/>
        <source>{first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_view.py" line="836"/>
        <source>Bar chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_view.py" line="836"/>
        <source>Line chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_view.py" line="837"/>
        <source>{kind}: {title}. {n} series in {panels} panel(s), {span}. The Table tab lists the same figures as text; hover a bar or point for its published value and source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_view.py" line="983"/>
        <source>As published: {figure}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_view.py" line="986"/>
        <source>As published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_view.py" line="1001"/>
        <source>Source {marker} {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_view.py" line="1208"/>
        <source>(click to select)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_view.py" line="1242"/>
        <source>Click to select this event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="62"/>
        <source>Event details</source>
        <translation>出来事の詳細</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="64"/>
        <source>The selected event: its dates, status, parties, summary, life cycle, related figures and sources.</source>
        <translation>選択した出来事の日付、状況、当事者、概要、経過、関連する数値および出典を表示します。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="74"/>
        <location filename="../../explorer/qt/views/detail_panel.py" line="83"/>
        <source>Pack author&apos;s notes</source>
        <translation>データパック作成者のメモ</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="75"/>
        <source>Shows or hides the pack author&apos;s notes.</source>
        <translation>データパック作成者のメモを表示または非表示にします。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="77"/>
        <source>Working notes of whoever built the pack: slips found, what could not be confirmed. Not shown on slides or images.</source>
        <translation>データパック作成者の作業メモです（見つかった誤り、確認できなかった点など）。スライドや画像には表示されません。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="96"/>
        <source>&amp;My note (private, saved on this computer)</source>
        <translation>自分のメモ（非公開、このコンピューターに保存）(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="98"/>
        <source>My note on this event</source>
        <translation>この出来事についての自分のメモ</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="100"/>
        <source>Your own note on the selected event, saved on this computer as you type.</source>
        <translation>選択した出来事についての自分用のメモです。入力するとこのコンピューターに保存されます。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="104"/>
        <source>Note status</source>
        <translation>メモの保存状況</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="160"/>
        <source>Pack author&apos;s notes ({n})</source>
        <translation>データパック作成者のメモ（{n}件）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="163"/>
        <source>Working notes of the pack&apos;s author. They are not shown on slides, images or briefing notes.</source>
        <translation>データパック作成者の作業メモです。スライド、画像、ブリーフィング資料には表示されません。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="171"/>
        <source>Write a note on this event…</source>
        <translation>この出来事についてのメモを入力…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="172"/>
        <source>Select an event to write a note.</source>
        <translation>メモを書くには出来事を選択してください。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="184"/>
        <source>Editing…</source>
        <translation>編集中…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="198"/>
        <source>Saved</source>
        <translation>保存しました</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="201"/>
        <source>Not saved: {message}</source>
        <translation>保存できませんでした：{message}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="215"/>
        <source>Open link?</source>
        <translation>リンクを開きますか？</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="216"/>
        <source>Open this address in your web browser?

{url}

Briefing Explorer itself never goes online; the browser will, if you have a network.</source>
        <translation>このアドレスをウェブブラウザーで開きますか？

{url}

Briefing Explorer 自体はインターネットに接続しませんが、ネットワークに接続されている場合、ブラウザーは接続します。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="226"/>
        <source>No pack open.</source>
        <translation>データパックが開かれていません。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="229"/>
        <source>Select an event on the timeline or in the table to see its details, life cycle and sources.</source>
        <translation>年表または一覧表で出来事を選択すると、その詳細、経過および出典が表示されます。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="247"/>
        <source>From pack: {name}</source>
        <translation>データパック：{name}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="253"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="254"/>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="255"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="256"/>
        <source>Parties</source>
        <translation>当事者</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="257"/>
        <source>Domains</source>
        <translation>分野</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="282"/>
        <source>Life cycle</source>
        <translation>経過</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="287"/>
        <source>Related indicators</source>
        <translation>関連する指標</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="291"/>
        <source>show in charts</source>
        <translation>グラフで表示</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="306"/>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="308"/>
        <source>open…</source>
        <translation>開く…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="336"/>
        <source>This event</source>
        <translation>この出来事</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="340"/>
        <source>Source [{id}]: {citation}</source>
        <translation>出典 [{id}]：{citation}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="349"/>
        <source>Figure: {indicator}, {reporter} {period} ({figure})</source>
        <translation>数値：{indicator}、{reporter} {period}（{figure}）</translation>
    </message>
</context>
<context>
    <name>EventTable</name>
    <message>
        <location filename="../../explorer/qt/views/event_table.py" line="35"/>
        <source>Events table</source>
        <translation>出来事の一覧表</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/event_table.py" line="37"/>
        <source>The events the filters keep, one per row; choose a row to see its details. Click a column heading to sort by it.</source>
        <translation>絞り込み条件に合う出来事を1行に1件ずつ表示します。行を選ぶと詳細が表示されます。列見出しをクリックすると並べ替えます。</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <location filename="../../explorer/qt/models/event_table_model.py" line="23"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/event_table_model.py" line="24"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/event_table_model.py" line="25"/>
        <source>Parties</source>
        <translation>当事者</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/event_table_model.py" line="26"/>
        <source>Domains</source>
        <translation>分野</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/event_table_model.py" line="27"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/event_table_model.py" line="28"/>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/event_table_model.py" line="30"/>
        <source>Pack</source>
        <translation>データパック</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/event_table_model.py" line="276"/>
        <source>Has a note</source>
        <translation>メモあり</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/event_table_model.py" line="279"/>
        <source>{title} (has a note)</source>
        <translation>{title}（メモあり）</translation>
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
        <translation type="unfinished">キャンセル</translation>
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
        <translation type="unfinished">閉じる</translation>
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
    <name>FilePage</name>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="414"/>
        <source>The file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="415"/>
        <source>Choose a CSV, TSV, TXT or Excel (XLSX) file. Check how it was read, and change anything that looks wrong: the preview follows at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="419"/>
        <source>A .csv, .tsv, .txt or .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="420"/>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="422"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="423"/>
        <source>Browse for the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="426"/>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="429"/>
        <source>e.g. latin-1, euc-jp, gb18030</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="430"/>
        <source>Other encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="435"/>
        <source>Delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="442"/>
        <source>Header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="444"/>
        <source>The row holding the column names, counting from 1 as a spreadsheet does; rows above it are titles and are not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="451"/>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="452"/>
        <source>none (not a workbook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="460"/>
        <source>How the file was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="464"/>
        <source>Problem reading the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="470"/>
        <source>Preview of the first rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="483"/>
        <source>&amp;Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="484"/>
        <source>&amp;Delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="485"/>
        <source>&amp;Header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="485"/>
        <source>&amp;Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="496"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="562"/>
        <source>✖ {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="591"/>
        <source>, sheet {sheet}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="592"/>
        <source>{file}{sheet}: {columns} columns, {rows} rows after the header (row {header}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="602"/>
        <source>Detected ({what})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="626"/>
        <source>Import data from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="44"/>
        <source>a formal party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="45"/>
        <source>a party or involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="166"/>
        <source>Titles, 日本語, notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="167"/>
        <source>Search titles, summaries, Japanese text and names, and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="169"/>
        <source>Search events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="171"/>
        <source>Words in titles, summaries, Japanese text and names, and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="181"/>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="181"/>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="182"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="184"/>
        <source>A year, a month or a day: YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="188"/>
        <source>Date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="189"/>
        <source>Drag either end to narrow the dates, by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="194"/>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="195"/>
        <source>Domains</source>
        <translation type="unfinished">分野</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="196"/>
        <source>Kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="197"/>
        <source>Statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="198"/>
        <source>Packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="201"/>
        <source>Tick to show only events with these; none ticked shows all. Space ticks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="205"/>
        <source>Partner is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="211"/>
        <source>A formal party: events the partner signed, decided, met or acted in.
A party or involved: also events that only concern or mention it (a place, a target, a commentator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="219"/>
        <source>Untick a pack to hide its events and figures; one always stays shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="223"/>
        <source>Filter result count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="224"/>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="225"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="226"/>
        <source>Show every event again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="233"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="237"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="239"/>
        <source>F&amp;rom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="241"/>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="250"/>
        <source>Pa&amp;cks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="255"/>
        <source>&amp;Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="255"/>
        <source>Do&amp;mains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="256"/>
        <source>&amp;Kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="256"/>
        <source>St&amp;atuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="262"/>
        <source>Partner &amp;is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="270"/>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="367"/>
        <source>Showing {shown} of {total} events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="397"/>
        <source>To: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="397"/>
        <source>From: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="410"/>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="420"/>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1816"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1817"/>
        <source>The new pack is written as a folder and opened alongside the current one. The whole file is read now; you can cancel at any time and nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1828"/>
        <source>Pack folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1831"/>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1832"/>
        <source>Browse for the pack folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1836"/>
        <source>About the pack folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1838"/>
        <source>Pack title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1840"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1841"/>
        <source>Start the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1844"/>
        <source>&amp;Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1845"/>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1849"/>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1853"/>
        <source>Import stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1856"/>
        <source>Import status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1863"/>
        <source>Pack &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1864"/>
        <source>Pack &amp;title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1889"/>
        <source>{file} (imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1903"/>
        <source>Choose a folder for the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1905"/>
        <source>An earlier import of {file} is there: it will be updated (a window showing it reloads).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1909"/>
        <source>This folder is not empty and was not written by an import: choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1912"/>
        <source>A new folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1938"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1965"/>
        <source>✔ {summary}.
Pack written to {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1976"/>
        <source>Import cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1983"/>
        <source>✖ Not imported: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1989"/>
        <source>Folder for the new pack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="115"/>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="116"/>
        <source>All files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="120"/>
        <source>Import mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="125"/>
        <source>Other…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="126"/>
        <source>Comma  ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="127"/>
        <source>Semicolon  ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="128"/>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="129"/>
        <source>Pipe  |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="130"/>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="131"/>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="132"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="133"/>
        <source>pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="135"/>
        <source>Events: agreements, summits, policies (one per row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="136"/>
        <source>Figures: observations (one value per row, or one column per period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="138"/>
        <source>Exchange rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="139"/>
        <source>Actors: countries, blocs, organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="141"/>
        <source>&amp;Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="142"/>
        <source>Da&amp;y first (31/12/2001)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="143"/>
        <source>Month &amp;first (12/31/2001)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="144"/>
        <source>as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="145"/>
        <source>cut to the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="146"/>
        <source>cut to the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="151"/>
        <source>made from the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="152"/>
        <source>“Imported from FILE, row N.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="153"/>
        <location filename="../../explorer/qt/views/import_wizard.py" line="154"/>
        <location filename="../../explorer/qt/views/import_wizard.py" line="156"/>
        <source>the imported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="155"/>
        <source>0 (units as written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="157"/>
        <source>from the actor lookup, else from the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="158"/>
        <location filename="../../explorer/qt/views/import_wizard.py" line="159"/>
        <source>from the actor lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="165"/>
        <source>(choose a column for it, or type a value for every row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="167"/>
        <source>choose one for indicator.domain below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="168"/>
        <source>(see “Dates” below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="170"/>
        <source>choose which under “Country codes as numbers”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="173"/>
        <source>decide from the values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="174"/>
        <source>ISO 3166-1 numeric (392 = Japan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="175"/>
        <source>Correlates of War (740 = Japan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="400"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="401"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="402"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="403"/>
        <source>Status</source>
        <translation type="unfinished">状況</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="404"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="405"/>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="427"/>
        <location filename="../../explorer/qt/views/import_wizard.py" line="436"/>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="649"/>
        <source>(year column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="650"/>
        <source>(month column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="651"/>
        <source>(day column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="652"/>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="652"/>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="653"/>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="668"/>
        <source>A setting of the records this import creates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="670"/>
        <source> (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="684"/>
        <location filename="../../explorer/qt/views/import_wizard.py" line="813"/>
        <source>(not from a column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="689"/>
        <source>Column for {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="697"/>
        <source>Suggested: {column} — matched by {why} (score {score})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="702"/>
        <source>{field} is split over {n} columns ({parts}); choose each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="706"/>
        <source>{field} from separate year, month and day columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="708"/>
        <source>{field} from separate year and month columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="732"/>
        <source>Value of {field} for every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="733"/>
        <source>The same {field} for every row (used when no column is chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="736"/>
        <source>if left out: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="737"/>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="758"/>
        <source>(no second column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="759"/>
        <source>else {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="762"/>
        <source>Second column for {field}, read where the first has no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="764"/>
        <source>Where the chosen column has no date, read {field} from this one (each such row gets a note in the report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="769"/>
        <source>Suggested: {column} — {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="776"/>
        <source>several</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="777"/>
        <source>{field} from several columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="779"/>
        <source>The items of {field} are spread over several columns (members in c1…c194): tick them, or type a range or a pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="783"/>
        <source>c1..c194 or c*, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="785"/>
        <source>Columns for {field} by range or pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="788"/>
        <source>Columns for {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="836"/>
        <source>none ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="837"/>
        <source>1 column: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="838"/>
        <source>{n} columns: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="897"/>
        <source>else {column} (not in this file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="917"/>
        <source>{column} (not in this file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="923"/>
        <source>{value} (not allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1997"/>
        <source>Every line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1998"/>
        <source>Rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1999"/>
        <source>Skipped rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="2000"/>
        <source>Notes on how values were read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="2130"/>
        <source>Import data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="2156"/>
        <source>&amp;Finish and open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="2157"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="2158"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="2159"/>
        <location filename="../../explorer/qt/views/import_wizard.py" line="2164"/>
        <location filename="../../explorer/qt/views/import_wizard.py" line="2191"/>
        <source>Cancel</source>
        <translation type="unfinished">キャンセル</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="2160"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="2161"/>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="2162"/>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="2163"/>
        <source>Finish and open the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="2191"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="156"/>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="158"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="160"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="162"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="165"/>
        <source>Briefing</source>
        <translation type="unfinished">ブリーフィング</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="209"/>
        <source>{panel} panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="217"/>
        <location filename="../../explorer/qt/main_window.py" line="222"/>
        <source>Panel tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="418"/>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="421"/>
        <source>Events shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="425"/>
        <source>Show it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="426"/>
        <source>Show the hidden event again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="428"/>
        <source>Clears the filters and selects the event the filter hid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="430"/>
        <source>Clear the filters and select the event the filter hid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="562"/>
        <source>Loading {path}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="569"/>
        <source>Loading {pack}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="592"/>
        <source>Not closed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="618"/>
        <source>Opened {title} alongside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="633"/>
        <source>Opened {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="639"/>
        <source>{path} was not reloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="639"/>
        <source>{path} was not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="641"/>
        <source>Still open: {title}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="647"/>
        <source>Pack refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="648"/>
        <source>{path} breaks the briefing-pack format (1 problem); nothing from it was loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="650"/>
        <source>{path} breaks the briefing-pack format ({n} problems); nothing from it was loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="653"/>
        <source>First problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="665"/>
        <source>Could not open pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="666"/>
        <source>{path} could not be opened because of an internal error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="668"/>
        <source>The current pack stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="674"/>
        <source>Open briefing pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="679"/>
        <source>Open a pack alongside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="699"/>
        <source>Briefing packs (datapackage.json *.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="721"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="724"/>
        <source>&amp;Clear list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="742"/>
        <source>What changed &amp;since…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="743"/>
        <source>Pick another version of the open pack and see what differs from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="745"/>
        <source>What changed in the last re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="746"/>
        <source>The events and figures the last reload from disk added, removed or changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="748"/>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="751"/>
        <location filename="../../explorer/qt/main_window.py" line="807"/>
        <source>What changed in the last reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="780"/>
        <source>Reload refused — keeping the previous version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="799"/>
        <source>Reloaded {title}: {changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="842"/>
        <source>What changed since {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="848"/>
        <source>Open a pack first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="850"/>
        <source>What changed since… (pick the earlier version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="864"/>
        <source>Note not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="873"/>
        <source>Comparison not changed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="914"/>
        <source>no indicator chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="917"/>
        <source>none selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="920"/>
        <source>Chart: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="921"/>
        <source>Table of that chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="922"/>
        <source>Timeline, as shown now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="923"/>
        <source>Timeline, the whole filtered span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="925"/>
        <source>Selected event: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="942"/>
        <source>Exported {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="956"/>
        <source>Choose an indicator in Compare before copying a chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="978"/>
        <source>Chart copied (picture and data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="1002"/>
        <source>Nothing to print: no {view} to show yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="1014"/>
        <source>Not printed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="1037"/>
        <source>Nothing to write a note from: open a pack first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="1041"/>
        <source>chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="1041"/>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="1041"/>
        <location filename="../../explorer/qt/main_window.py" line="1042"/>
        <source>timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="1042"/>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="1047"/>
        <source>Nothing to add: no {view} to show yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="1062"/>
        <source>Saved {what} to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="1073"/>
        <source>Nothing imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="1082"/>
        <source>Imported {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="1087"/>
        <source>Export my notes and briefings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="1089"/>
        <location filename="../../explorer/qt/main_window.py" line="1099"/>
        <source>Briefing Explorer data (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="1094"/>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="1095"/>
        <source>{path} was not written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="1098"/>
        <source>Import notes and briefings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="1117"/>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="1132"/>
        <source>The user guide is not available in this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="1162"/>
        <source>The list of keyboard shortcuts is not available in this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="1194"/>
        <source>The interface language changes the next time Briefing Explorer starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="1208"/>
        <source>explore sourced briefing packs offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="1215"/>
        <source>Open pack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="1216"/>
        <source>{title} (version {version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="1218"/>
        <source>Licence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="1219"/>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="1221"/>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="1222"/>
        <source>{n} documents are cited row by row; see each event&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="1241"/>
        <source>{shown} of {total} events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="1261"/>
        <source>“{title}” is hidden by the current filter, so nothing is selected now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="1452"/>
        <source>Settings not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="948"/>
        <source>Columns to fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="949"/>
        <source>Say what the file holds and which column feeds each field. Suggestions are pre-filled; hover a column choice to see why. * marks a required field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="953"/>
        <source>What the file holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="958"/>
        <source>&amp;Load mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="959"/>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1290"/>
        <source>Load mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="960"/>
        <source>Take the columns, values and reading options saved from an earlier import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="963"/>
        <source>Sa&amp;ve mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="964"/>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1300"/>
        <source>Save mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="975"/>
        <source>Fields and the columns that feed them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="978"/>
        <source>&amp;Wide table: one column per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="979"/>
        <source>Wide table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="984"/>
        <source>Period precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="992"/>
        <source>Day order: {order}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1002"/>
        <source>e.g. 9999-12-31 0   (dates meaning “open-ended”; space between)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1004"/>
        <source>Sentinel dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1008"/>
        <source>Missing-value tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1009"/>
        <source>Cells holding one of these mean “no value” in every column: a figure is skipped, a summary or source left out, a list item dropped. NA stays Namibia in a column of ISO-2 country codes. An empty cell always means no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1014"/>
        <source>De&amp;cimal comma (1.234,5 means 1234.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1015"/>
        <source>Decimal comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1021"/>
        <source>List separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1022"/>
        <source>Between the items of a list cell (several parties or domains)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1026"/>
        <source>Reading values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1035"/>
        <source>&amp;Periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1038"/>
        <source>Dates like 03/04/2001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1041"/>
        <source>Se&amp;ntinel dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1042"/>
        <source>&amp;Missing values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1049"/>
        <source>List separa&amp;tor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1058"/>
        <source>Mapping check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1062"/>
        <source>The file &amp;holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1114"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1114"/>
        <source>From the column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1115"/>
        <source>…or this value for every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1135"/>
        <source>, … {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1137"/>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1138"/>
        <source>{n} columns are periods ({columns}): each becomes a row, with {fields} taken from the column. Map the other fields as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1188"/>
        <source>The list separator must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1196"/>
        <source>✖ {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1198"/>
        <source>✔ The mapping can work. Next: check values the import would not recognise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1201"/>
        <source>Complete the mapping first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1219"/>
        <source>No dates written as NN/NN/YYYY in the mapped columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1222"/>
        <source>Dates like 03/04/2001 are read day first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1224"/>
        <source>Dates like 03/04/2001 are read month first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1226"/>
        <source>⚠ Dates such as 03/04/2001 could be day/month or month/day and nothing in the file settles it: choose day first or month first, or rows with such dates will be rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1231"/>
        <source>Detected day first (a date in the file only reads that way).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1233"/>
        <source>Detected month first (a date in the file only reads that way).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1249"/>
        <source>✖ Mapping not loaded: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1307"/>
        <source>✖ Mapping not saved: {file}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteJob</name>
    <message>
        <location filename="../../explorer/qt/briefing_note.py" line="115"/>
        <source>{file}: a briefing note is written as .docx or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/briefing_note.py" line="391"/>
        <source>A pack this note uses cannot be opened: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/briefing_note.py" line="395"/>
        <source>Internal error while preparing the note ({problem}). Please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/briefing_note.py" line="411"/>
        <source>Cannot write {file}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/briefing_note.py" line="414"/>
        <source>Internal error while writing the note ({problem}). Please report it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackChangesModel</name>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="44"/>
        <source>Kind</source>
        <translation type="unfinished">種類</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="44"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="45"/>
        <source>Title</source>
        <translation type="unfinished">名称</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="45"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="46"/>
        <source>Old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="46"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackChangesView</name>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="51"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="52"/>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="53"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="54"/>
        <source>All changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="169"/>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="180"/>
        <source>From {old}
to {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="189"/>
        <source>Filter: words in any column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="190"/>
        <source>Filter changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="191"/>
        <source>Shows only the rows with all these words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="194"/>
        <source>Kind of change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="209"/>
        <source>Changes table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="211"/>
        <source>Picking an event&apos;s row selects that event in the main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="224"/>
        <source>&amp;Copy as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="225"/>
        <source>Copy as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="227"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="228"/>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="230"/>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="231"/>
        <source>Close</source>
        <translation type="unfinished">閉じる</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="260"/>
        <source>{shown} of {total} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="261"/>
        <source>{total} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="286"/>
        <source>Export changes as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="287"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="293"/>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="294"/>
        <source>{path} was not written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="40"/>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="46"/>
        <source>Follow the system</source>
        <translation>システムの設定に従う</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="42"/>
        <source>Same as the interface</source>
        <translation>表示言語と同じ</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="43"/>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="44"/>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="45"/>
        <source>English and Japanese</source>
        <translation>英語と日本語（併記）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="47"/>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="48"/>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="49"/>
        <source>High contrast</source>
        <translation>ハイコントラスト</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="50"/>
        <source>Refit automatically</source>
        <translation>自動的に合わせる</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="51"/>
        <source>Ask</source>
        <translation>確認する</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="52"/>
        <source>Keep the view</source>
        <translation>表示範囲を変えない</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="81"/>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="82"/>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="88"/>
        <source>Interface language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="90"/>
        <source>The language of menus and dialogs; applies the next time the application starts</source>
        <translation>メニューとダイアログの言語です。次回の起動時から適用されます</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="92"/>
        <source>The interface language changes the next time you start Briefing Explorer.</source>
        <translation>表示言語は、次に Briefing Explorer を起動したときに切り替わります。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="98"/>
        <source>Label language</source>
        <translation>データの表示言語</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="100"/>
        <source>The language of event titles, names, domains and statuses in every view and export</source>
        <translation>出来事の表題、名称、分野、状況を、すべての表示と書き出しでどの言語で示すかを選びます</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="109"/>
        <source>Text size</source>
        <translation>文字の大きさ</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="111"/>
        <source>The size of every text in the window, the timeline included, in percent</source>
        <translation>年表を含むウィンドウ内のすべての文字の大きさ（%）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="116"/>
        <source>Text size in percent</source>
        <translation>文字の大きさ（%）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="121"/>
        <source>Preview: EU–Japan EPA in force, 1 February 2019</source>
        <translation>プレビュー：日EU・EPA 発効（2019年2月1日）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="122"/>
        <source>Text size preview</source>
        <translation>文字の大きさのプレビュー</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="129"/>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="131"/>
        <source>Colours of the window, the timeline and the charts; exports always stay light</source>
        <translation>ウィンドウ、年表、グラフの配色です。書き出しは常にライトで描かれます</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="134"/>
        <source>Timeline after a filter change</source>
        <translation>絞り込み変更後の年表</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="136"/>
        <source>Whether the timeline zooms to the events a new filter shows</source>
        <translation>絞り込みを変えたとき、年表の表示範囲を残った出来事に合わせるかどうかを選びます</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="139"/>
        <source>e.g. OFFICIAL</source>
        <translation>例：取扱注意</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="140"/>
        <source>Default classification marking</source>
        <translation>既定の取扱区分表示</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="142"/>
        <source>Printed on every exported page and slide unless you change it in the export</source>
        <translation>書き出し時に変更しない限り、書き出すすべてのページとスライドに印字されます</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="145"/>
        <source>Your home folder</source>
        <translation>ホームフォルダ</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="146"/>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="254"/>
        <source>Export folder</source>
        <translation>書き出し先フォルダ</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="147"/>
        <source>Where export dialogs start</source>
        <translation>書き出しダイアログで最初に開くフォルダです</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="148"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="149"/>
        <source>Choose the export folder</source>
        <translation>書き出し先フォルダを選択</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="159"/>
        <source>&amp;Interface language:</source>
        <translation>表示言語(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="162"/>
        <source>&amp;Label language:</source>
        <translation>データの表示言語(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="167"/>
        <source>Text &amp;size:</source>
        <translation>文字の大きさ(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="169"/>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="170"/>
        <source>Time&amp;line after a filter change:</source>
        <translation>絞り込み変更後の年表(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="172"/>
        <source>Default &amp;marking:</source>
        <translation>既定の取扱区分表示(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="176"/>
        <source>E&amp;xport folder:</source>
        <translation>書き出し先フォルダ(&amp;X):</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="181"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="182"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="183"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="277"/>
        <source>The preferences could not be saved: {why}</source>
        <translation>設定を保存できません：{why}</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="329"/>
        <source>Row {row}: above the header (a title); not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="331"/>
        <source>Row {row}: the header (column names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="332"/>
        <source>Row {row}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefitBar</name>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="69"/>
        <source>Fit the timeline to the filtered events?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="70"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="71"/>
        <source>Fit the timeline to the filtered events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="73"/>
        <source>Zooms the timeline to the events the filter now shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="77"/>
        <source>Close (keep the current view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="78"/>
        <source>Close</source>
        <translation type="unfinished">閉じる</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="80"/>
        <source>Keeps the timeline&apos;s current view and hides this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="84"/>
        <source>Fit the timeline?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="2007"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="2008"/>
        <source>Every row not imported, with its reason, and every note on how a value was read. Finish opens the new pack alongside the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="2012"/>
        <source>Import summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="2014"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="2017"/>
        <source>Filter: words in any column (row number, field, reason…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="2019"/>
        <source>Filter the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="2022"/>
        <source>&amp;Export report as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="2023"/>
        <source>Export report as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="2028"/>
        <source>Rows not imported and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="2036"/>
        <source>Lines shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="2042"/>
        <source>S&amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="2070"/>
        <source>{read} rows read from {file}: {imported} imported ({records} {kind} records), {rejected} rejected, {skipped} skipped (no value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="2076"/>
        <source>Pack folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="2078"/>
        <source>Nothing to report: every row was imported as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="2079"/>
        <source>{n} actors created: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="2080"/>
        <source>{n} indicators created: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="2085"/>
        <source>, … {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="2092"/>
        <source>{n} of {m} lines shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="2103"/>
        <source>✖ Report not written: {file}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="2106"/>
        <source>Report written to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="2114"/>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../explorer/qt/views/shortcuts_dialog.py" line="69"/>
        <location filename="../../explorer/qt/views/shortcuts_dialog.py" line="70"/>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/shortcuts_dialog.py" line="73"/>
        <source>Filter by action, menu or key</source>
        <translation>操作、メニュー、キーで絞り込み</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/shortcuts_dialog.py" line="75"/>
        <source>Filter the shortcuts</source>
        <translation>ショートカットの絞り込み</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/shortcuts_dialog.py" line="77"/>
        <source>Shows only the shortcuts whose action, menu or keys contain the text</source>
        <translation>操作名、メニュー名、キーに入力した文字を含むショートカットだけを表示します</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/shortcuts_dialog.py" line="82"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/shortcuts_dialog.py" line="82"/>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/shortcuts_dialog.py" line="85"/>
        <source>Shortcuts</source>
        <translation>ショートカット一覧</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/shortcuts_dialog.py" line="86"/>
        <source>Each action with its keys, grouped by menu</source>
        <translation>メニューごとにまとめた操作とそのキー</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/shortcuts_dialog.py" line="92"/>
        <source>No shortcut matches.</source>
        <translation>該当するショートカットはありません。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/shortcuts_dialog.py" line="97"/>
        <location filename="../../explorer/qt/views/shortcuts_dialog.py" line="98"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/shortcuts_dialog.py" line="119"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <location filename="../../explorer/qt/render/timeline_painter.py" line="646"/>
        <source>No pack open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/render/timeline_painter.py" line="678"/>
        <source>No events match the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/render/timeline_painter.py" line="680"/>
        <source>No events in this period (Home fits them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/render/timeline_painter.py" line="1065"/>
        <source>{n} events in view: zoom in to see them one by one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/render/timeline_painter.py" line="1113"/>
        <source>+{n} more, zoom in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="117"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="119"/>
        <source>Events and agreements over time, one lane per partner or domain. Wheel or plus and minus zoom, drag pans, Home fits the filtered events, Left and Right step through events, Shift+Left and Shift+Right go to events outside the view; the event table lists the same events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="436"/>
        <source>No pack open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="441"/>
        <source>{n} events, {first}–{last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="444"/>
        <source>; {before} earlier and {after} later outside the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="452"/>
        <source>; selected: {title}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="644"/>
        <source>{n} filtered events before this view: click (or press Shift+Left) to go to the nearest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="646"/>
        <source>{n} filtered events after this view: click (or press Shift+Right) to go to the nearest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="659"/>
        <source>{lane}: {n} events here; zoom in to see them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="675"/>
        <source>Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="676"/>
        <source>Parties: {parties}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="682"/>
        <source>Milestones: {steps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="699"/>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <location filename="../../explorer/qt/views/user_guide.py" line="89"/>
        <source>User guide — Briefing Explorer</source>
        <translation>使い方ガイド — Briefing Explorer</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/user_guide.py" line="90"/>
        <source>User guide</source>
        <translation>使い方ガイド</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/user_guide.py" line="95"/>
        <source>Guide contents</source>
        <translation>ガイドの目次</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/user_guide.py" line="96"/>
        <source>Choose a section of the guide to read</source>
        <translation>読みたい項目を選んでください</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/user_guide.py" line="106"/>
        <source>Guide text</source>
        <translation>ガイド本文</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/user_guide.py" line="110"/>
        <location filename="../../explorer/qt/views/user_guide.py" line="112"/>
        <source>Find in the guide</source>
        <translation>ガイド内を検索</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/user_guide.py" line="114"/>
        <source>Press Enter for the next match, in this section or the following ones</source>
        <translation>Enter キーで次の該当箇所へ移動します（この項目になければ次の項目以降を探します）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/user_guide.py" line="116"/>
        <location filename="../../explorer/qt/views/user_guide.py" line="117"/>
        <source>Find next</source>
        <translation>次を検索</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/user_guide.py" line="121"/>
        <source>Guide messages</source>
        <translation>ガイドからのお知らせ</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/user_guide.py" line="162"/>
        <source>This section of the guide is missing.</source>
        <translation>ガイドのこの項目が見つかりません。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/user_guide.py" line="181"/>
        <location filename="../../explorer/qt/views/user_guide.py" line="193"/>
        <source>Links outside the guide are not opened: {url}</source>
        <translation>ガイド外へのリンクは開きません：{url}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/user_guide.py" line="220"/>
        <source>“{text}” is not in the guide.</source>
        <translation>「{text}」はガイド内に見つかりません。</translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1428"/>
        <source>Values and actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1429"/>
        <source>A trial run on the first rows lists texts the import would not recognise. Map them here, or go on: rows with an unmapped value are rejected and listed in the report; unknown actors are created, named after the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1439"/>
        <source>Trial run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1440"/>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1441"/>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1442"/>
        <source>Run the trial again with the maps chosen here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1446"/>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1472"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1446"/>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1455"/>
        <source>Text in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1447"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1447"/>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1448"/>
        <source>New domain: 日本語, colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1449"/>
        <source>Values not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1455"/>
        <source>Actor id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1456"/>
        <source>Would be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1457"/>
        <source>Actors not in the lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1472"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1472"/>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1473"/>
        <source>Read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1474"/>
        <source>Columns with missing-value tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1480"/>
        <source>Columns holding “no value” tokens (NA, N/A, …): how should they be read?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1486"/>
        <source>Country codes as numbers are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1488"/>
        <source>Country codes as numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1497"/>
        <source>Values not allowed in the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1501"/>
        <source>Actors not in the lookup (type an id, or pick a suggestion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1530"/>
        <source>Trying the mapping on the first {n} rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1544"/>
        <source>✖ {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1573"/>
        <source>Trial on all {n} rows: {accepted} would be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1575"/>
        <source>Trial on the first {n} rows: {accepted} would be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1578"/>
        <source>{n} rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1580"/>
        <source>{n} skipped (no value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1581"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1581"/>
        <source>.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1583"/>
        <source> Every value and actor was recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1597"/>
        <source>Column {column} ({field}): {counts}. Which system are they in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1604"/>
        <source>choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1623"/>
        <source>{n} of {m} cells are {token}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1628"/>
        <source>{column}: read {token} as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1634"/>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1640"/>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1635"/>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1648"/>
        <source>leave the column out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1643"/>
        <source>the actor {name} ({id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1645"/>
        <source>an actor named {token}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1647"/>
        <source>the text {token}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1682"/>
        <source>(leave: rows rejected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1691"/>
        <source>{id} (new domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1693"/>
        <source>new domain “{text}” ({id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1696"/>
        <source>{field}: import {text} as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1721"/>
        <source>new actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1722"/>
        <source>Actor id for {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1734"/>
        <source>{name} ({id}, from the lookup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1736"/>
        <source>new actor {id}, named {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1773"/>
        <source>✖ {problems} (a colour is # and six hex digits, e.g. #2E7D32, or empty for one from the palette)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1804"/>
        <source>✖ Not a valid actor id (lowercase letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;; starting with a letter or digit): {ids}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ItemDelegate</name>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="167"/>
        <source>Item title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="168"/>
        <source>Empty: the view&apos;s own title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_NewDomainFields</name>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1380"/>
        <source>{text}: the new domain&apos;s Japanese label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard.py" line="1386"/>
        <source>{text}: the new domain&apos;s colour</source>
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
        <location filename="../../explorer/qt/exporting.py" line="259"/>
        <source>A handling marking is required before any export (see the Export dialog&apos;s settings); add one.</source>
        <translation>書き出しの前に取扱区分表示が必要です（書き出しダイアログの設定を参照）。取扱区分表示を入力してください。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/exporting.py" line="275"/>
        <source>A {format} export holds a chart&apos;s data: choose a chart or table view.</source>
        <translation>{format} 形式の書き出しはグラフのデータを保存するものです。グラフまたは表を選択してください。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/exporting.py" line="347"/>
        <source>{file}: cannot read ({why})</source>
        <translation>{file}：読み込めません（{why}）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/exporting.py" line="368"/>
        <source>{file}: holds no Briefing Explorer receipt</source>
        <translation>{file}：Briefing Explorer の再現情報（レシート）が含まれていません</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/exporting.py" line="427"/>
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
