<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="62" />
        <source>Event details</source>
        <translation>出来事の詳細</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="64" />
        <source>The selected event: its dates, status, parties, summary, life cycle, related figures and sources.</source>
        <translation>選択した出来事の日付、状況、当事者、概要、経過、関連する数値および出典を表示します。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="74" />
        <location filename="../../../explorer/qt/views/detail_panel.py" line="83" />
        <source>Pack author's notes</source>
        <translation>データパック作成者のメモ</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="75" />
        <source>Shows or hides the pack author's notes.</source>
        <translation>データパック作成者のメモを表示または非表示にします。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="77" />
        <source>Working notes of whoever built the pack: slips found, what could not be confirmed. Not shown on slides or images.</source>
        <translation>データパック作成者の作業メモです（見つかった誤り、確認できなかった点など）。スライドや画像には表示されません。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="96" />
        <source>&amp;My note (private, saved on this computer)</source>
        <translation>自分のメモ（非公開、このコンピューターに保存）(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="98" />
        <source>My note on this event</source>
        <translation>この出来事についての自分のメモ</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="100" />
        <source>Your own note on the selected event, saved on this computer as you type.</source>
        <translation>選択した出来事についての自分用のメモです。入力するとこのコンピューターに保存されます。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="104" />
        <source>Note status</source>
        <translation>メモの保存状況</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="160" />
        <source>Pack author's notes ({n})</source>
        <translation>データパック作成者のメモ（{n}件）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="163" />
        <source>Working notes of the pack's author. They are not shown on slides, images or briefing notes.</source>
        <translation>データパック作成者の作業メモです。スライド、画像、ブリーフィング資料には表示されません。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="171" />
        <source>Write a note on this event…</source>
        <translation>この出来事についてのメモを入力…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="172" />
        <source>Select an event to write a note.</source>
        <translation>メモを書くには出来事を選択してください。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="184" />
        <source>Editing…</source>
        <translation>編集中…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="198" />
        <source>Saved</source>
        <translation>保存しました</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="201" />
        <source>Not saved: {message}</source>
        <translation>保存できませんでした：{message}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="215" />
        <source>Open link?</source>
        <translation>リンクを開きますか？</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="216" />
        <source>Open this address in your web browser?

{url}

Briefing Explorer itself never goes online; the browser will, if you have a network.</source>
        <translation>このアドレスをウェブブラウザーで開きますか？

{url}

Briefing Explorer 自体はインターネットに接続しませんが、ネットワークに接続されている場合、ブラウザーは接続します。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="226" />
        <source>No pack open.</source>
        <translation>データパックが開かれていません。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="229" />
        <source>Select an event on the timeline or in the table to see its details, life cycle and sources.</source>
        <translation>年表または一覧表で出来事を選択すると、その詳細、経過および出典が表示されます。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="247" />
        <source>From pack: {name}</source>
        <translation>データパック：{name}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="253" />
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="254" />
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="255" />
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="256" />
        <source>Parties</source>
        <translation>当事者</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="257" />
        <source>Domains</source>
        <translation>分野</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="282" />
        <source>Life cycle</source>
        <translation>経過</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="287" />
        <source>Related indicators</source>
        <translation>関連する指標</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="291" />
        <source>show in charts</source>
        <translation>グラフで表示</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="306" />
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="308" />
        <source>open…</source>
        <translation>開く…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="336" />
        <source>This event</source>
        <translation>この出来事</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="340" />
        <source>Source [{id}]: {citation}</source>
        <translation>出典 [{id}]：{citation}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/detail_panel.py" line="349" />
        <source>Figure: {indicator}, {reporter} {period} ({figure})</source>
        <translation>数値：{indicator}、{reporter} {period}（{figure}）</translation>
    </message>
</context>
<context>
    <name>EventTable</name>
    <message>
        <location filename="../../../explorer/qt/views/event_table.py" line="35" />
        <source>Events table</source>
        <translation>出来事の一覧表</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/event_table.py" line="37" />
        <source>The events the filters keep, one per row; choose a row to see its details. Click a column heading to sort by it.</source>
        <translation>絞り込み条件に合う出来事を1行に1件ずつ表示します。行を選ぶと詳細が表示されます。列見出しをクリックすると並べ替えます。</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <location filename="../../../explorer/qt/models/event_table_model.py" line="23" />
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/models/event_table_model.py" line="24" />
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/models/event_table_model.py" line="25" />
        <source>Parties</source>
        <translation>当事者</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/models/event_table_model.py" line="26" />
        <source>Domains</source>
        <translation>分野</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/models/event_table_model.py" line="27" />
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/models/event_table_model.py" line="28" />
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/models/event_table_model.py" line="30" />
        <source>Pack</source>
        <translation>データパック</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/models/event_table_model.py" line="276" />
        <source>Has a note</source>
        <translation>メモあり</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/models/event_table_model.py" line="279" />
        <source>{title} (has a note)</source>
        <translation>{title}（メモあり）</translation>
    </message>
</context>
</TS>