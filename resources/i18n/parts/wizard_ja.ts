<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
  <context>
    <name>BriefingPanel</name>
    <message>
      <location filename="../../../explorer/qt/views/briefing_panel.py" line="445" />
      <source>kept from an earlier session; not in the store yet</source>
      <translation>前回の作業中に入力した内容です。まだ保存されていません</translation>
    </message>
    <message>
      <location filename="../../../explorer/qt/views/briefing_panel.py" line="564" />
      <source>Not saved: {reason}</source>
      <translation>未保存：{reason}</translation>
    </message>
  </context>
  <context>
    <name>FilePage</name>
    <message>
      <location filename="../../../explorer/qt/views/import_wizard.py" line="577" />
      <source>Reading {file}…</source>
      <translation>{file} を読み込んでいます…</translation>
    </message>
    <message>
      <location filename="../../../explorer/qt/views/import_wizard.py" line="599" />
      <source>✖ Internal error (please report it): {detail}</source>
      <translation>✖ 内部エラーが発生しました（開発担当者に報告してください）：{detail}</translation>
    </message>
  </context>
</TS>