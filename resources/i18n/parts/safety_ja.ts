<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../work/main/explorer/qt/views/export_dialog.py" line="378" />
        <source>The marking has no visible character (only spaces, zero-width or control characters): type a marking or leave it empty.</source>
        <translation>取扱区分表示に表示される文字がありません（空白、ゼロ幅文字または制御文字のみ）。取扱区分表示を入力するか、空欄にしてください。</translation>
    </message>
    <message>
        <location filename="../../work/main/explorer/qt/views/export_dialog.py" line="381" />
        <source>The marking contains a control character: remove it.</source>
        <translation>取扱区分表示に制御文字が含まれています。削除してください。</translation>
    </message>
    </context>
<context>
    <name>exporting</name>
    <message>
        <location filename="../../work/main/explorer/qt/exporting.py" line="292" />
        <source>The settings file {file} cannot be read: {why}. The marking it sets is unknown, so nothing was exported. Give a marking (--marking) or repair or remove the file.</source>
        <translation>設定ファイル {file} を読み込めません（{why}）。設定された取扱区分表示が不明なため、書き出しは行っていません。取扱区分表示を指定する（--marking）か、ファイルを修復または削除してください。</translation>
    </message>
    <message>
        <location filename="../../work/main/explorer/qt/exporting.py" line="297" />
        <source>export_marking in {file} is not text (found {value}), so the marking is unknown; nothing was exported. Give a marking (--marking) or correct the file.</source>
        <translation>{file} の export_marking が文字列ではありません（{value}）。取扱区分表示が不明なため、書き出しは行っていません。取扱区分表示を指定する（--marking）か、ファイルを修正してください。</translation>
    </message>
    <message>
        <location filename="../../work/main/explorer/qt/exporting.py" line="305" />
        <source>marking_required in {file} should be true or false (found {value}); treated as true: a marking is required</source>
        <translation>{file} の marking_required は true または false である必要があります（{value}）。true として扱い、取扱区分表示を必須とします</translation>
    </message>
    <message>
        <location filename="../../work/main/explorer/qt/exporting.py" line="444" />
        <source>{file}: not a regular file; holds no Briefing Explorer receipt</source>
        <translation>{file}：通常のファイルではありません。Briefing Explorer の再作成情報は含まれていません</translation>
    </message>
    <message>
        <location filename="../../work/main/explorer/qt/exporting.py" line="447" />
        <source>{file}: larger than {limit} MB; not a file this app exported</source>
        <translation>{file}：{limit} MB を超えています。このアプリで書き出したファイルではありません</translation>
    </message>
    </context>
</TS>