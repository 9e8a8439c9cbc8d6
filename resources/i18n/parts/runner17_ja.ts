<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>BriefingPanel</name>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="715" />
        <source>Writing the deck {file}…</source>
        <translation>スライド資料 {file} を書き出しています…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="735" />
        <source>Deck not exported: cancelled</source>
        <translation>スライド資料を書き出しませんでした：キャンセルされました</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="820" />
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="822" />
        <source>A pack this note uses cannot be opened: {problem}.</source>
        <translation>このメモが使うデータパックを開けません：{problem}。</translation>
    </message>
    </context>
<context>
    <name>ExportService</name>
    <message>
        <location filename="../../../explorer/qt/export_service.py" line="280" />
        <source>A pack this export uses cannot be opened: {problem}.</source>
        <translation>この書き出しが使うデータパックを開けません：{problem}。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/export_service.py" line="286" />
        <source>Cannot write {file}: {problem}</source>
        <translation>{file} に書き込めません：{problem}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/export_service.py" line="293" />
        <source>Internal error while exporting ({problem}). Please report it.</source>
        <translation>書き出し中に内部エラーが発生しました（{problem}）。報告してください。</translation>
    </message>
</context>
</TS>
