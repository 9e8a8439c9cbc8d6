<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>app</name>
    <message>
        <location filename="../../../explorer/qt/app.py" line="90"/>
        <source>Notes are off: {why}</source>
        <translation>メモを使用できません：{why}</translation>
    </message>
</context>
<context>
    <name>exporting</name>
    <message>
        <location filename="../../../explorer/qt/exporting.py" line="255"/>
        <source>A handling marking is required before any export (see the Export dialog&apos;s settings); add one.</source>
        <translation>書き出しの前に取扱区分表示が必要です（書き出しダイアログの設定を参照）。取扱区分表示を入力してください。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/exporting.py" line="271"/>
        <source>A {format} export holds a chart&apos;s data: choose a chart or table view.</source>
        <translation>{format} 形式の書き出しはグラフのデータを保存するものです。グラフまたは表を選択してください。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/exporting.py" line="343"/>
        <source>{file}: cannot read ({why})</source>
        <translation>{file}：読み込めません（{why}）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/exporting.py" line="364"/>
        <source>{file}: holds no Briefing Explorer receipt</source>
        <translation>{file}：Briefing Explorer の再現情報（レシート）が含まれていません</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/exporting.py" line="423"/>
        <source>{file}: a briefing is exported as .pptx or .pdf</source>
        <translation>{file}：ブリーフィングは .pptx 形式または .pdf 形式で書き出してください</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../../explorer/qt/i18n.py" line="118"/>
        <source>The Japanese translation of the interface</source>
        <translation>画面表示の日本語訳</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/i18n.py" line="119"/>
        <source>The Japanese translation of Qt&apos;s dialogs</source>
        <translation>Qt 標準ダイアログの日本語訳</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/i18n.py" line="120"/>
        <source>{what} is missing ({file}); it is shown in English.</source>
        <translation>{what}（{file}）が見つかりません。英語で表示します。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/i18n.py" line="121"/>
        <source>{what} could not be read ({file}); it is shown in English.</source>
        <translation>{what}（{file}）を読み込めませんでした。英語で表示します。</translation>
    </message>
</context>
<context>
    <name>import_worker</name>
    <message>
        <location filename="../../../explorer/qt/import_worker.py" line="115"/>
        <source>Internal error (please report it): {detail}</source>
        <translation>内部エラーが発生しました（開発担当者に報告してください）：{detail}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/import_worker.py" line="123"/>
        <source>{message} (found: {found})</source>
        <translation>{message}（該当する値：{found}）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/import_worker.py" line="139"/>
        <source>Reading the file…</source>
        <translation>ファイルを読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/import_worker.py" line="143"/>
        <source>Mapping {rows} rows…</source>
        <translation>{rows} 行を対応付けています…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/import_worker.py" line="148"/>
        <source>Writing the pack…</source>
        <translation>データパックを書き込んでいます…</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../../explorer/qt/printing.py" line="112"/>
        <source>Briefing</source>
        <translation>ブリーフィング</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/printing.py" line="121"/>
        <source>Print preview — {title}</source>
        <translation>印刷プレビュー — {title}</translation>
    </message>
</context>
</TS>
