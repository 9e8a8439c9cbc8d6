<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>BriefingPanel</name>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="64" />
        <source>Chart</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="65" />
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="66" />
        <source>Timeline</source>
        <translation>年表</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="67" />
        <source>Event</source>
        <translation>出来事</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="68" />
        <source>No items yet. Add the current chart, table, timeline or event from the Briefing menu.</source>
        <translation>項目はまだありません。ブリーフィングメニューから、表示中のグラフ、表、年表または出来事を追加してください。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="70" />
        <source>No briefing yet. Press New… or add a view from the Briefing menu.</source>
        <translation>ブリーフィングはまだありません。「新規…」を押すか、ブリーフィングメニューから表示を追加してください。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="80" />
        <source>1 item</source>
        <translation>1 項目</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="81" />
        <source>{n} items</source>
        <translation>{n} 項目</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="85" />
        <source>Untitled briefing</source>
        <translation>無題のブリーフィング</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="89" />
        <source>the view’s own title</source>
        <translation>表示の表題のまま</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="100" />
        <source>pack {name}</source>
        <translation>データパック {name}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="219" />
        <source>Briefing file problems</source>
        <translation>ブリーフィングのファイルの問題</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="222" />
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="223" />
        <source>Dismiss briefing file problems</source>
        <translation>ブリーフィングのファイルの問題の表示を閉じる</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="234" />
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="646" />
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="732" />
        <source>Briefing</source>
        <translation>ブリーフィング</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="235" />
        <source>The briefing shown below; each is a deck of slides</source>
        <translation>下に表示するブリーフィング（それぞれが一式のスライド資料になります）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="240" />
        <source>No briefing yet</source>
        <translation>ブリーフィングなし</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="242" />
        <source>&amp;New…</source>
        <translation>新規(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="243" />
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="970" />
        <source>New briefing</source>
        <translation>新しいブリーフィング</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="245" />
        <source>Rena&amp;me…</source>
        <translation>名前の変更(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="246" />
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="976" />
        <source>Rename briefing</source>
        <translation>ブリーフィングの名前の変更</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="248" />
        <source>De&amp;lete…</source>
        <translation>削除(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="249" />
        <source>Delete briefing</source>
        <translation>ブリーフィングの削除</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="252" />
        <source>Handling marking</source>
        <translation>取扱区分表示</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="253" />
        <source>Printed on every slide and page of this briefing</source>
        <translation>このブリーフィングのすべてのスライドとページに印字されます</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="255" />
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="1031" />
        <source>e.g. OFFICIAL (printed on every slide)</source>
        <translation>例：取扱注意（すべてのスライドに印字）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="261" />
        <source>Briefing items</source>
        <translation>ブリーフィングの項目</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="262" />
        <source>One slide each, in this order. F2 renames, Ctrl+Up and Ctrl+Down move, Delete removes</source>
        <translation>1 項目が 1 枚のスライドになり、この順に並びます。F2 で表題の変更、Ctrl+↑ と Ctrl+↓ で移動、Delete で削除します</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="272" />
        <source>Move &amp;up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="273" />
        <source>Move item up</source>
        <translation>項目を上へ移動</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="274" />
        <source>Move the selected item up (Ctrl+Up)</source>
        <translation>選択した項目を上へ移動します（Ctrl+↑）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="276" />
        <source>Move d&amp;own</source>
        <translation>下へ(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="277" />
        <source>Move item down</source>
        <translation>項目を下へ移動</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="278" />
        <source>Move the selected item down (Ctrl+Down)</source>
        <translation>選択した項目を下へ移動します（Ctrl+↓）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="280" />
        <source>Ren&amp;ame</source>
        <translation>表題の変更(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="281" />
        <source>Rename item</source>
        <translation>項目の表題の変更</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="282" />
        <source>Edit the selected item's slide title (F2 or double-click)</source>
        <translation>選択した項目のスライドの表題を編集します（F2 またはダブルクリック）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="285" />
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="286" />
        <source>Remove item</source>
        <translation>項目の削除</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="287" />
        <source>Remove the selected item (Delete); Undo remove puts it back</source>
        <translation>選択した項目を削除します（Delete）。「削除を取り消す」で元に戻せます</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="290" />
        <source>Un&amp;do remove</source>
        <translation>削除を取り消す(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="291" />
        <source>Undo remove</source>
        <translation>削除を取り消す</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="292" />
        <source>Put back the item removed last (Ctrl+Z in the list)</source>
        <translation>最後に削除した項目を元に戻します（一覧で Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="312" />
        <source>Talking points of the selected item</source>
        <translation>選択した項目の発言要領</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="313" />
        <source>Select an item to write its talking points (they go in the slide's speaker notes).</source>
        <translation>項目を選択すると発言要領を書けます（スライドのノートに記載されます）。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="318" />
        <source>Talking points status</source>
        <translation>発言要領の保存状況</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="325" />
        <source>Export deck (&amp;PowerPoint)…</source>
        <translation>資料を書き出し（PowerPoint）(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="326" />
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="1003" />
        <source>Export deck as PowerPoint</source>
        <translation>スライド資料を PowerPoint で書き出し</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="328" />
        <source>E&amp;xport deck (PDF)…</source>
        <translation>資料を書き出し（PDF）(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="329" />
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="1004" />
        <source>Export deck as PDF</source>
        <translation>スライド資料を PDF で書き出し</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="331" />
        <source>Briefing note (&amp;Word or PDF)…</source>
        <translation>ブリーフィングメモ（Word / PDF）(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="332" />
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="664" />
        <source>Export briefing note</source>
        <translation>ブリーフィングメモの書き出し</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="333" />
        <source>A one-page note: talking points, the events shown, one or two charts and every source, marking on every page</source>
        <translation>1 ページのメモ：発言要領、表示中の出来事、1～2 点のグラフとすべての出典をまとめ、各ページに取扱区分表示を印字します</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="338" />
        <source>Paper size of the briefing note</source>
        <translation>ブリーフィングメモの用紙サイズ</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="339" />
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="340" />
        <source>Letter</source>
        <translation>レター</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="341" />
        <source>Print &amp;slides…</source>
        <translation>スライドを印刷(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="342" />
        <source>Print briefing</source>
        <translation>ブリーフィングを印刷</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="343" />
        <source>Print every item, one slide per page, marking on every page</source>
        <translation>すべての項目を 1 ページに 1 枚ずつ印刷し、各ページに取扱区分表示を印字します</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="349" />
        <source>Briefing status</source>
        <translation>ブリーフィングの状況</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="356" />
        <source>Briefin&amp;g</source>
        <translation>ブリーフィング(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="365" />
        <source>Mar&amp;king</source>
        <translation>取扱区分表示(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="369" />
        <source>&amp;Items (one slide each, in this order)</source>
        <translation>項目（1 項目 1 枚、この順）(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="381" />
        <source>&amp;Talking points (speaker notes)</source>
        <translation>発言要領（スライドのノート）(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="403" />
        <source>Briefing controls</source>
        <translation>ブリーフィングの操作</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="469" />
        <source>Saved</source>
        <translation>保存済み</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="488" />
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="971" />
        <source>Briefing {date}</source>
        <translation>ブリーフィング {date}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="491" />
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="514" />
        <source>Briefing not created</source>
        <translation>ブリーフィングを作成できませんでした</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="492" />
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="515" />
        <source>Could not create a briefing: {problem}</source>
        <translation>ブリーフィングを作成できませんでした：{problem}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="500" />
        <source>Item not added</source>
        <translation>項目を追加できませんでした</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="501" />
        <source>Could not add the view to “{briefing}”: {problem}</source>
        <translation>「{briefing}」に表示を追加できませんでした：{problem}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="505" />
        <source>Added “{item}” to {briefing}</source>
        <translation>「{item}」を {briefing} に追加しました</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="519" />
        <source>Created {briefing}</source>
        <translation>{briefing} を作成しました</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="529" />
        <source>Briefing not renamed</source>
        <translation>ブリーフィングの名前を変更できませんでした</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="542" />
        <source>Briefing not deleted</source>
        <translation>ブリーフィングを削除できませんでした</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="542" />
        <source>Could not delete “{briefing}”: {problem}</source>
        <translation>「{briefing}」を削除できませんでした：{problem}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="548" />
        <source>Deleted the briefing “{briefing}”</source>
        <translation>ブリーフィング「{briefing}」を削除しました</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="560" />
        <source>Removed “{item}” (Undo remove puts it back)</source>
        <translation>「{item}」を削除しました（「削除を取り消す」で元に戻せます）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="572" />
        <source>Item not restored</source>
        <translation>項目を元に戻せませんでした</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="577" />
        <source>Restored “{item}”</source>
        <translation>「{item}」を元に戻しました</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="587" />
        <source>Nothing to export</source>
        <translation>書き出すものがありません</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="588" />
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="659" />
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="725" />
        <source>This briefing has no items yet: add views to it first.</source>
        <translation>このブリーフィングにはまだ項目がありません。先に表示を追加してください。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="613" />
        <source>A pack this briefing uses cannot be opened: {problem}.</source>
        <translation>このブリーフィングが使うデータパックを開けません：{problem}。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="621" />
        <source>Cannot write {file}: {problem}</source>
        <translation>{file} に書き込めません：{problem}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="625" />
        <source>Internal error while exporting ({problem}). Please report it.</source>
        <translation>書き出し中に内部エラーが発生しました（{problem}）。報告してください。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="634" />
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="636" />
        <source>Wrote {file} ({items})</source>
        <translation>{file} を書き出しました（{items}）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="650" />
        <source>Briefing note</source>
        <translation>ブリーフィングメモ</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="658" />
        <source>Nothing to write</source>
        <translation>書き出すものがありません</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="665" />
        <source>Word document</source>
        <translation>Word 文書</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="693" />
        <source>Writing the briefing note {file}…</source>
        <translation>ブリーフィングメモ {file} を書き出しています…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="705" />
        <source>Wrote {file}</source>
        <translation>{file} を書き出しました</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="707" />
        <source>Wrote the briefing note {file}</source>
        <translation>ブリーフィングメモ {file} を書き出しました</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="711" />
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="715" />
        <source>Briefing note not written</source>
        <translation>ブリーフィングメモを書き出せませんでした</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="713" />
        <source>Briefing note not written: {problem}</source>
        <translation>ブリーフィングメモを書き出せませんでした：{problem}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="716" />
        <source>The note was not written.</source>
        <translation>メモは書き出されませんでした。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="724" />
        <source>Nothing to print</source>
        <translation>印刷するものがありません</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="734" />
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="737" />
        <source>Briefing not printed</source>
        <translation>ブリーフィングを印刷できませんでした</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="735" />
        <source>A pack this briefing uses cannot be opened: {problem}</source>
        <translation>このブリーフィングが使うデータパックを開けません：{problem}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="772" />
        <source>Last changed {time} UTC</source>
        <translation>最終更新 {time}（UTC）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="788" />
        <source>No talking points yet</source>
        <translation>発言要領はまだありません</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="852" />
        <source>Briefing not saved</source>
        <translation>ブリーフィングを保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="853" />
        <source>The change was not saved: {problem}</source>
        <translation>変更を保存できませんでした：{problem}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="910" />
        <source>Item not renamed</source>
        <translation>項目の表題を変更できませんでした</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="911" />
        <source>The new title was not saved: {problem}</source>
        <translation>新しい表題を保存できませんでした：{problem}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="917" />
        <source>Renamed the item to “{title}”</source>
        <translation>項目の表題を「{title}」に変更しました</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="918" />
        <source>The item uses the view's own title</source>
        <translation>項目の表題は表示の表題のままです</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="930" />
        <source>Editing…</source>
        <translation>編集中…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="943" />
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="948" />
        <source>Marking not saved</source>
        <translation>取扱区分表示を保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="949" />
        <source>The marking was not saved: {problem}</source>
        <translation>取扱区分表示を保存できませんでした：{problem}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="952" />
        <source>Marking set to “{marking}”</source>
        <translation>取扱区分表示を「{marking}」にしました</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="953" />
        <source>Marking removed</source>
        <translation>取扱区分表示を削除しました</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="967" />
        <source>Briefing title</source>
        <translation>ブリーフィングの表題</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="970" />
        <source>Title of the new briefing:</source>
        <translation>新しいブリーフィングの表題：</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="976" />
        <source>Title of this briefing (the deck's title):</source>
        <translation>このブリーフィングの表題（スライド資料の表題）：</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="983" />
        <source>Delete briefing?</source>
        <translation>ブリーフィングを削除しますか？</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="984" />
        <source>Delete the briefing “{briefing}” and its {items}? This cannot be undone.</source>
        <translation>ブリーフィング「{briefing}」とその {items}を削除しますか？ この操作は元に戻せません。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="988" />
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="989" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="1030" />
        <source>None of its own: uses the export marking ({marking})</source>
        <translation>個別の表示なし：書き出しの取扱区分表示（{marking}）を使います</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="1040" />
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="1042" />
        <source>Talking points not saved: {problem}</source>
        <translation>発言要領を保存できませんでした：{problem}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="1047" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="1059" />
        <source>{file} not written</source>
        <translation>{file} は書き出されませんでした</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="1061" />
        <source>Deck not exported: {problem}</source>
        <translation>スライド資料を書き出せませんでした：{problem}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="1063" />
        <source>Deck not exported</source>
        <translation>スライド資料を書き出せませんでした</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="1064" />
        <source>The deck was not written.</source>
        <translation>スライド資料は書き出されませんでした。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="1073" />
        <source>Items using it: {items}</source>
        <translation>このデータパックを使う項目：{items}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="1084" />
        <source>Some saved briefings could not be read; the others are here:</source>
        <translation>保存されたブリーフィングの一部を読み込めませんでした。その他のブリーフィングは表示しています：</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="1086" />
        <source>Folder: {folder}</source>
        <translation>フォルダー：{folder}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="41" />
        <source>PNG picture</source>
        <translation>PNG 画像</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="42" />
        <source>SVG (vector)</source>
        <translation>SVG（ベクター）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="43" />
        <source>PDF (vector)</source>
        <translation>PDF（ベクター）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="44" />
        <source>PowerPoint (editable chart)</source>
        <translation>PowerPoint（編集可能なグラフ）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="45" />
        <source>CSV (data)</source>
        <translation>CSV（データ）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="46" />
        <source>Excel workbook (data)</source>
        <translation>Excel ブック（データ）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="47" />
        <source>Slide 16:9, 1920 × 1080</source>
        <translation>スライド 16:9、1920 × 1080</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="48" />
        <source>Slide 16:9, 1280 × 720</source>
        <translation>スライド 16:9、1280 × 720</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="49" />
        <source>Slide 4:3, 1600 × 1200</source>
        <translation>スライド 4:3、1600 × 1200</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="50" />
        <source>Custom…</source>
        <translation>サイズを指定…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="79" />
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="88" />
        <source>&amp;What</source>
        <translation>書き出す対象(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="95" />
        <source>Export {what}</source>
        <translation>{what}を書き出す</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="107" />
        <source>Slide title</source>
        <translation>スライドの表題</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="108" />
        <source>Pre-filled with the view's own title; what you type is printed on the slide</source>
        <translation>表示中の画面の表題が入っています。入力した表題がスライドに印字されます</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="112" />
        <source>Slide subtitle</source>
        <translation>スライドの副題</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="118" />
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="126" />
        <source>Slide size</source>
        <translation>スライドのサイズ</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="131" />
        <source>Custom width</source>
        <translation>幅（指定）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="132" />
        <source>Custom height</source>
        <translation>高さ（指定）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="135" />
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="150" />
        <source>Pixel scale</source>
        <translation>画素倍率</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="151" />
        <source>How many pixels a PNG has per pixel of the slide size</source>
        <translation>スライドのサイズ 1 画素あたりの PNG の画素数</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="157" />
        <source>SVG: text as outlines (opens without the font; not searchable)</source>
        <translation>SVG：文字をアウトライン化（フォントがなくても開けますが、文字の検索はできません）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="159" />
        <source>SVG text as outlines</source>
        <translation>SVG の文字をアウトライン化</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="163" />
        <source>e.g. RESTRICTED — FOR BRIEFING ONLY</source>
        <translation>例：取扱注意 ― 説明用に限る</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="164" />
        <source>Handling marking</source>
        <translation>取扱区分表示</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="165" />
        <source>Printed at the top and bottom of what is exported</source>
        <translation>書き出したものの上端と下端に印字されます</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="168" />
        <source>Require a marking before any export</source>
        <translation>書き出し前に取扱区分表示を必須にする</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="169" />
        <source>Require a marking</source>
        <translation>取扱区分表示を必須とする</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="179" />
        <source>&amp;Title</source>
        <translation>表題(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="180" />
        <source>S&amp;ubtitle</source>
        <translation>副題(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="181" />
        <source>&amp;Format</source>
        <translation>形式(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="181" />
        <source>Si&amp;ze</source>
        <translation>サイズ(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="182" />
        <source>S&amp;cale (PNG)</source>
        <translation>倍率（PNG）(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="183" />
        <source>&amp;Marking</source>
        <translation>取扱区分表示(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="194" />
        <source>Export hint</source>
        <translation>書き出しについての注意</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="197" />
        <source>&amp;Export…</source>
        <translation>書き出し(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="199" />
        <source>Export to a file</source>
        <translation>ファイルに書き出す</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="201" />
        <location filename="../../../explorer/qt/views/export_dialog.py" line="202" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="209" />
        <source>Preview of the slide</source>
        <translation>スライドのプレビュー</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="215" />
        <source>Preview note</source>
        <translation>プレビューについての注記</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="304" />
        <source>No preview for data files</source>
        <translation>データファイルにはプレビューがありません</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="310" />
        <source>No preview: {problem}</source>
        <translation>プレビューを表示できません：{problem}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="326" />
        <source>Taller than the slide size: every source and every unlabelled event is listed below the picture (filter or choose a range for a slide-shaped picture).</source>
        <translation>スライドのサイズより縦に長くなります。すべての出典と、名前を表示していない出来事を図の下に列記するためです（スライドの形に収めるには、絞り込むか期間を選んでください）。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="341" />
        <source>Nothing to export yet: open a pack, choose an indicator or select an event.</source>
        <translation>書き出すものがまだありません。データパックを開き、指標を選ぶか出来事を選択してください。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="343" />
        <source>{format} holds a chart's data: choose Chart or Table.</source>
        <translation>{format} はグラフのデータを収める形式です。グラフまたは表を選んでください。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="346" />
        <source>A handling marking is required before any export.</source>
        <translation>書き出しの前に取扱区分表示を入力してください。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="395" />
        <source>Export failed</source>
        <translation>書き出しに失敗しました</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="396" />
        <source>{file} was not written:
{problem}</source>
        <translation>{file} は書き出されませんでした：
{problem}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="399" />
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/export_dialog.py" line="410" />
        <source>Export to</source>
        <translation>書き出し先</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="414" />
        <source>The file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="415" />
        <source>Choose a CSV, TSV, TXT or Excel (XLSX) file. Check how it was read, and change anything that looks wrong: the preview follows at once.</source>
        <translation>CSV、TSV、TXT または Excel（XLSX）のファイルを選んでください。読み込み方を確認し、正しくない点があれば変更してください。プレビューはすぐに更新されます。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="419" />
        <source>A .csv, .tsv, .txt or .xlsx file</source>
        <translation>.csv、.tsv、.txt または .xlsx のファイル</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="420" />
        <source>File to import</source>
        <translation>取り込むファイル</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="422" />
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="423" />
        <source>Browse for the file to import</source>
        <translation>取り込むファイルを参照</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="426" />
        <source>Encoding</source>
        <translation>文字コード</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="429" />
        <source>e.g. latin-1, euc-jp, gb18030</source>
        <translation>例：latin-1、euc-jp、gb18030</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="430" />
        <source>Other encoding</source>
        <translation>その他の文字コード</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="435" />
        <source>Delimiter</source>
        <translation>区切り文字</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="442" />
        <source>Header row</source>
        <translation>見出し行</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="444" />
        <source>The row holding the column names, counting from 1 as a spreadsheet does; rows above it are titles and are not imported</source>
        <translation>列名が書かれた行（表計算ソフトと同じく 1 から数えます）。それより上の行は表題とみなし、取り込みません</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="451" />
        <source>Sheet</source>
        <translation>シート</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="452" />
        <source>none (not a workbook)</source>
        <translation>なし（ブックではありません）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="460" />
        <source>How the file was read</source>
        <translation>ファイルの読み込み方</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="464" />
        <source>Problem reading the file</source>
        <translation>ファイルの読み込みの問題</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="470" />
        <source>Preview of the first rows</source>
        <translation>先頭の行のプレビュー</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="483" />
        <source>&amp;Encoding</source>
        <translation>文字コード(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="484" />
        <source>&amp;Delimiter</source>
        <translation>区切り文字(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="485" />
        <source>&amp;Header row</source>
        <translation>見出し行(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="485" />
        <source>&amp;Sheet</source>
        <translation>シート(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="496" />
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="562" />
        <source>✖ {problem}</source>
        <translation>× {problem}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="591" />
        <source>, sheet {sheet}</source>
        <translation>、シート {sheet}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="592" />
        <source>{file}{sheet}: {columns} columns, {rows} rows after the header (row {header}).</source>
        <translation>{file}{sheet}：{columns} 列、見出し（{header} 行目）の後に {rows} 行。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="602" />
        <source>Detected ({what})</source>
        <translation>自動判定（{what}）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="626" />
        <source>Import data from</source>
        <translation>データの取り込み元</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1821" />
        <source>Import</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1822" />
        <source>The new pack is written as a folder and opened alongside the current one. The whole file is read now; you can cancel at any time and nothing is written.</source>
        <translation>新しいデータパックはフォルダーとして保存され、現在のデータパックと並べて開かれます。ここでファイル全体を読み込みます。いつでもキャンセルでき、その場合は何も保存されません。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1833" />
        <source>Pack folder</source>
        <translation>データパックのフォルダー</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1836" />
        <source>Bro&amp;wse…</source>
        <translation>参照(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1837" />
        <source>Browse for the pack folder</source>
        <translation>データパックのフォルダーを参照</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1841" />
        <source>About the pack folder</source>
        <translation>データパックのフォルダーについて</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1843" />
        <source>Pack title</source>
        <translation>データパックの表題</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1845" />
        <source>&amp;Import</source>
        <translation>取り込み(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1846" />
        <source>Start the import</source>
        <translation>取り込みを開始</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1849" />
        <source>&amp;Cancel import</source>
        <translation>取り込みをキャンセル(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1850" />
        <source>Cancel import</source>
        <translation>取り込みをキャンセル</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1854" />
        <source>Import progress</source>
        <translation>取り込みの進行状況</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1858" />
        <source>Import stage</source>
        <translation>取り込みの段階</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1861" />
        <source>Import status</source>
        <translation>取り込みの状況</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1868" />
        <source>Pack &amp;folder</source>
        <translation>データパックのフォルダー(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1869" />
        <source>Pack &amp;title</source>
        <translation>データパックの表題(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1894" />
        <source>{file} (imported)</source>
        <translation>{file}（取り込み）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1908" />
        <source>Choose a folder for the pack.</source>
        <translation>データパックのフォルダーを選んでください。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1910" />
        <source>An earlier import of {file} is there: it will be updated (a window showing it reloads).</source>
        <translation>以前に取り込んだ {file} のデータパックがあります。これを更新します（表示中のウィンドウは再読み込みします）。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1914" />
        <source>This folder is not empty and was not written by an import: choose another.</source>
        <translation>このフォルダーは空ではなく、取り込みで作成したものでもありません。別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1917" />
        <source>A new folder.</source>
        <translation>新しいフォルダーです。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1943" />
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1970" />
        <source>✔ {summary}.
Pack written to {folder}</source>
        <translation>○ {summary}。
データパックの保存先：{folder}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1981" />
        <source>Import cancelled: nothing was written.</source>
        <translation>取り込みをキャンセルしました。何も保存されていません。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1988" />
        <source>✖ Not imported: {problem}</source>
        <translation>× 取り込めませんでした：{problem}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1994" />
        <source>Folder for the new pack</source>
        <translation>新しいデータパックのフォルダー</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="115" />
        <source>Tables</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="116" />
        <source>All files</source>
        <translation>すべてのファイル</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="120" />
        <source>Import mapping</source>
        <translation>取り込みの対応表</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="125" />
        <source>Other…</source>
        <translation>その他…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="126" />
        <source>Comma  ,</source>
        <translation>カンマ  ,</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="127" />
        <source>Semicolon  ;</source>
        <translation>セミコロン  ;</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="128" />
        <source>Tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="129" />
        <source>Pipe  |</source>
        <translation>縦線  |</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="130" />
        <source>comma</source>
        <translation>カンマ</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="131" />
        <source>semicolon</source>
        <translation>セミコロン</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="132" />
        <source>tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="133" />
        <source>pipe</source>
        <translation>縦線</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="135" />
        <source>Events: agreements, summits, policies (one per row)</source>
        <translation>出来事：協定、首脳会談、政策など（1 行に 1 件）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="136" />
        <source>Figures: observations (one value per row, or one column per period)</source>
        <translation>統計値：観測値（1 行に 1 値、または期間ごとに 1 列）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="138" />
        <source>Exchange rates</source>
        <translation>為替レート</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="139" />
        <source>Actors: countries, blocs, organisations</source>
        <translation>関係者：国、地域統合体、国際機関</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="141" />
        <source>&amp;Detect</source>
        <translation>自動判定(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="142" />
        <source>Da&amp;y first (31/12/2001)</source>
        <translation>日が先（31/12/2001）(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="143" />
        <source>Month &amp;first (12/31/2001)</source>
        <translation>月が先（12/31/2001）(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="144" />
        <source>as written</source>
        <translation>記載のまま</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="145" />
        <source>cut to the year</source>
        <translation>年単位に切り詰め</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="146" />
        <source>cut to the month</source>
        <translation>月単位に切り詰め</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="151" />
        <source>made from the title</source>
        <translation>表題から作成</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="152" />
        <source>“Imported from FILE, row N.”</source>
        <translation>「ファイル名の N 行目から取り込み」</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="153" />
        <location filename="../../../explorer/qt/views/import_wizard.py" line="154" />
        <location filename="../../../explorer/qt/views/import_wizard.py" line="156" />
        <source>the imported file</source>
        <translation>取り込んだファイル</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="155" />
        <source>0 (units as written)</source>
        <translation>0（記載の単位のまま）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="157" />
        <source>from the actor lookup, else from the name</source>
        <translation>関係者の照合表から、なければ名称から作成</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="158" />
        <location filename="../../../explorer/qt/views/import_wizard.py" line="159" />
        <source>from the actor lookup</source>
        <translation>関係者の照合表から</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="165" />
        <source>(choose a column for it, or type a value for every row)</source>
        <translation>（列を選ぶか、全行に共通の値を入力してください）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="167" />
        <source>choose one for indicator.domain below</source>
        <translation>下の indicator.domain で分野を選んでください</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="168" />
        <source>(see “Dates” below)</source>
        <translation>（下の「日付」を参照）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="170" />
        <source>choose which under “Country codes as numbers”</source>
        <translation>「数字で書かれた国コード」でどちらかを選んでください</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="173" />
        <source>decide from the values</source>
        <translation>値から判定</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="174" />
        <source>ISO 3166-1 numeric (392 = Japan)</source>
        <translation>ISO 3166-1 数字コード（392 = 日本）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="175" />
        <source>Correlates of War (740 = Japan)</source>
        <translation>Correlates of War（740 = 日本）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="400" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="401" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="402" />
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="403" />
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="404" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="405" />
        <source>Found</source>
        <translation>記載内容</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="427" />
        <location filename="../../../explorer/qt/views/import_wizard.py" line="436" />
        <source>Detected</source>
        <translation>自動判定</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="649" />
        <source>name and content</source>
        <translation>列名と内容</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="650" />
        <source>name</source>
        <translation>列名</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="651" />
        <source>content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="653" />
        <source>(year column)</source>
        <translation>（年の列）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="654" />
        <source>(month column)</source>
        <translation>（月の列）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="655" />
        <source>(day column)</source>
        <translation>（日の列）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="656" />
        <source>year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="656" />
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="657" />
        <source>day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="672" />
        <source>A setting of the records this import creates</source>
        <translation>この取り込みで作成するレコードの設定</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="674" />
        <source> (required)</source>
        <translation>（必須）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="688" />
        <location filename="../../../explorer/qt/views/import_wizard.py" line="818" />
        <source>(not from a column)</source>
        <translation>（列を使わない）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="693" />
        <source>Column for {field}</source>
        <translation>{field} の列</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="701" />
        <source>Suggested: {column} — matched by {why} (score {score})</source>
        <translation>候補：{column} — {why} で一致（スコア {score}）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="707" />
        <source>{field} is split over {n} columns ({parts}); choose each</source>
        <translation>{field} は {n} 列（{parts}）に分かれています。それぞれ選んでください</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="711" />
        <source>{field} from separate year, month and day columns</source>
        <translation>{field} を年・月・日の別々の列から読む</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="713" />
        <source>{field} from separate year and month columns</source>
        <translation>{field} を年・月の別々の列から読む</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="737" />
        <source>Value of {field} for every row</source>
        <translation>全行に共通の {field} の値</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="738" />
        <source>The same {field} for every row (used when no column is chosen)</source>
        <translation>全行に同じ {field} を使います（列を選ばない場合）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="741" />
        <source>if left out: {value}</source>
        <translation>省略時：{value}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="742" />
        <source>required</source>
        <translation>必須</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="763" />
        <source>(no second column)</source>
        <translation>（2 番目の列なし）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="764" />
        <source>else {column}</source>
        <translation>なければ {column}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="767" />
        <source>Second column for {field}, read where the first has no date</source>
        <translation>{field} の 2 番目の列（最初の列に日付がない場合に読む）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="769" />
        <source>Where the chosen column has no date, read {field} from this one (each such row gets a note in the report)</source>
        <translation>選んだ列に日付がない場合、{field} をこの列から読みます（該当する行は結果に注記されます）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="774" />
        <source>Suggested: {column} — {why}</source>
        <translation>候補：{column} — {why}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="781" />
        <source>several</source>
        <translation>複数列</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="782" />
        <source>{field} from several columns</source>
        <translation>{field} を複数の列から読む</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="784" />
        <source>The items of {field} are spread over several columns (members in c1…c194): tick them, or type a range or a pattern</source>
        <translation>{field} の要素が複数の列（c1…c194 の加盟国など）に分かれています。該当する列にチェックを入れるか、範囲またはパターンを入力してください</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="788" />
        <source>c1..c194 or c*, then Enter</source>
        <translation>c1..c194 または c* と入力して Enter</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="790" />
        <source>Columns for {field} by range or pattern</source>
        <translation>{field} の列（範囲またはパターンで指定）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="793" />
        <source>Columns for {field}</source>
        <translation>{field} の列</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="841" />
        <source>none ticked</source>
        <translation>チェックなし</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="842" />
        <source>1 column: {columns}</source>
        <translation>1 列：{columns}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="843" />
        <source>{n} columns: {columns}</source>
        <translation>{n} 列：{columns}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="902" />
        <source>else {column} (not in this file)</source>
        <translation>なければ {column}（このファイルにはありません）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="922" />
        <source>{column} (not in this file)</source>
        <translation>{column}（このファイルにはありません）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="928" />
        <source>{value} (not allowed)</source>
        <translation>{value}（使用できない値）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="2002" />
        <source>Every line</source>
        <translation>すべての行</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="2003" />
        <source>Rejected rows</source>
        <translation>不採用の行</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="2004" />
        <source>Skipped rows</source>
        <translation>スキップした行</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="2005" />
        <source>Notes on how values were read</source>
        <translation>値の読み方についての注記</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="2135" />
        <source>Import data</source>
        <translation>データの取り込み</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="2161" />
        <source>&amp;Finish and open</source>
        <translation>完了して開く(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="2162" />
        <source>&amp;Next &gt;</source>
        <translation>次へ(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="2163" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; 戻る(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="2164" />
        <location filename="../../../explorer/qt/views/import_wizard.py" line="2169" />
        <location filename="../../../explorer/qt/views/import_wizard.py" line="2196" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="2165" />
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="2166" />
        <source>Next page</source>
        <translation>次のページ</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="2167" />
        <source>Previous page</source>
        <translation>前のページ</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="2168" />
        <source>Finish and open the pack</source>
        <translation>完了してデータパックを開く</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="2196" />
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="953" />
        <source>Columns to fields</source>
        <translation>列と項目の対応</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="954" />
        <source>Say what the file holds and which column feeds each field. Suggestions are pre-filled; hover a column choice to see why. * marks a required field.</source>
        <translation>ファイルの内容と、各項目に使う列を指定してください。候補があらかじめ入っています（列の選択欄にポインターを置くと理由を表示します）。* は必須の項目です。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="958" />
        <source>What the file holds</source>
        <translation>ファイルの内容</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="963" />
        <source>&amp;Load mapping…</source>
        <translation>対応表を読み込み(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="964" />
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1295" />
        <source>Load mapping</source>
        <translation>対応表を読み込み</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="965" />
        <source>Take the columns, values and reading options saved from an earlier import</source>
        <translation>以前の取り込みで保存した列・値の対応と読み込みの設定を使います</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="968" />
        <source>Sa&amp;ve mapping…</source>
        <translation>対応表を保存(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="969" />
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1305" />
        <source>Save mapping</source>
        <translation>対応表を保存</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="980" />
        <source>Fields and the columns that feed them</source>
        <translation>項目とその列</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="983" />
        <source>&amp;Wide table: one column per period</source>
        <translation>横長の表：期間ごとに 1 列(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="984" />
        <source>Wide table</source>
        <translation>横長の表</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="989" />
        <source>Period precision</source>
        <translation>期間の精度</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="997" />
        <source>Day order: {order}</source>
        <translation>日付の順序：{order}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1007" />
        <source>e.g. 9999-12-31 0   (dates meaning “open-ended”; space between)</source>
        <translation>例：9999-12-31 0   （「期限なし」を意味する日付。空白で区切る）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1009" />
        <source>Sentinel dates</source>
        <translation>特別な意味の日付</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1013" />
        <source>Missing-value tokens</source>
        <translation>欠損値の記号</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1014" />
        <source>Cells holding one of these mean “no value” in every column: a figure is skipped, a summary or source left out, a list item dropped. NA stays Namibia in a column of ISO-2 country codes. An empty cell always means no value.</source>
        <translation>これらの記号のセルは、どの列でも「値なし」とみなします（数値はスキップ、概要や出典は省略、一覧の要素は除外）。ただし ISO 2 文字の国コードの列では NA はナミビアです。空のセルは常に「値なし」です。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1019" />
        <source>De&amp;cimal comma (1.234,5 means 1234.5)</source>
        <translation>小数点にカンマ（1.234,5 は 1234.5）(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1020" />
        <source>Decimal comma</source>
        <translation>小数点にカンマ</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1026" />
        <source>List separator</source>
        <translation>一覧の区切り文字</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1027" />
        <source>Between the items of a list cell (several parties or domains)</source>
        <translation>一覧のセル（複数の当事者や分野）の要素の間の文字</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1031" />
        <source>Reading values</source>
        <translation>値の読み方</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1040" />
        <source>&amp;Periods</source>
        <translation>期間(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1043" />
        <source>Dates like 03/04/2001</source>
        <translation>03/04/2001 のような日付</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1046" />
        <source>Se&amp;ntinel dates</source>
        <translation>特別な意味の日付(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1047" />
        <source>&amp;Missing values</source>
        <translation>欠損値(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1054" />
        <source>List separa&amp;tor</source>
        <translation>一覧の区切り文字(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1063" />
        <source>Mapping check</source>
        <translation>対応の確認</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1067" />
        <source>The file &amp;holds</source>
        <translation>ファイルの内容(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1119" />
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1119" />
        <source>From the column</source>
        <translation>使う列</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1120" />
        <source>…or this value for every row</source>
        <translation>…または全行に共通の値</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1140" />
        <source>, … {n} more</source>
        <translation>、ほか {n} 列</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1142" />
        <source> and </source>
        <translation>・</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1143" />
        <source>{n} columns are periods ({columns}): each becomes a row, with {fields} taken from the column. Map the other fields as usual.</source>
        <translation>{n} 列が期間です（{columns}）。各列を 1 行として取り込み、{fields} は列から取ります。その他の項目は通常どおり対応付けてください。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1193" />
        <source>The list separator must not be empty.</source>
        <translation>一覧の区切り文字を入力してください。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1201" />
        <source>✖ {problem}</source>
        <translation>× {problem}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1203" />
        <source>✔ The mapping can work. Next: check values the import would not recognise.</source>
        <translation>○ この対応で取り込めます。次に、認識できない値を確認します。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1206" />
        <source>Complete the mapping first</source>
        <translation>先に対応を完成させてください</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1224" />
        <source>No dates written as NN/NN/YYYY in the mapped columns.</source>
        <translation>対応付けた列に NN/NN/YYYY 形式の日付はありません。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1227" />
        <source>Dates like 03/04/2001 are read day first.</source>
        <translation>03/04/2001 のような日付は日が先として読みます。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1229" />
        <source>Dates like 03/04/2001 are read month first.</source>
        <translation>03/04/2001 のような日付は月が先として読みます。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1231" />
        <source>⚠ Dates such as 03/04/2001 could be day/month or month/day and nothing in the file settles it: choose day first or month first, or rows with such dates will be rejected.</source>
        <translation>⚠ 03/04/2001 のような日付は日/月とも月/日とも読め、ファイルからは判別できません。「日が先」か「月が先」を選んでください。選ばない場合、このような日付の行は不採用になります。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1236" />
        <source>Detected day first (a date in the file only reads that way).</source>
        <translation>日が先と判定しました（ファイル中にそうとしか読めない日付があります）。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1238" />
        <source>Detected month first (a date in the file only reads that way).</source>
        <translation>月が先と判定しました（ファイル中にそうとしか読めない日付があります）。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1254" />
        <source>✖ Mapping not loaded: {problem}</source>
        <translation>× 対応表を読み込めませんでした：{problem}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1312" />
        <source>✖ Mapping not saved: {file}: {problem}</source>
        <translation>× 対応表を保存できませんでした：{file}：{problem}</translation>
    </message>
</context>
<context>
    <name>NoteJob</name>
    <message>
        <location filename="../../../explorer/qt/briefing_note.py" line="115" />
        <source>{file}: a briefing note is written as .docx or .pdf</source>
        <translation>{file}：ブリーフィングメモは .docx 形式または .pdf 形式で書き出してください</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/briefing_note.py" line="391" />
        <source>A pack this note uses cannot be opened: {problem}.</source>
        <translation>このメモが使うデータパックを開けません：{problem}。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/briefing_note.py" line="395" />
        <source>Internal error while preparing the note ({problem}). Please report it.</source>
        <translation>メモの準備中に内部エラーが発生しました（{problem}）。報告してください。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/briefing_note.py" line="411" />
        <source>Cannot write {file}: {problem}</source>
        <translation>{file} に書き込めません：{problem}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/briefing_note.py" line="414" />
        <source>Internal error while writing the note ({problem}). Please report it.</source>
        <translation>メモの書き出し中に内部エラーが発生しました（{problem}）。報告してください。</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="329" />
        <source>Row {row}: above the header (a title); not imported</source>
        <translation>{row} 行目：見出しより上（表題）のため取り込みません</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="331" />
        <source>Row {row}: the header (column names)</source>
        <translation>{row} 行目：見出し（列名）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="332" />
        <source>Row {row}</source>
        <translation>{row} 行目</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="2012" />
        <source>Report</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="2013" />
        <source>Every row not imported, with its reason, and every note on how a value was read. Finish opens the new pack alongside the current one.</source>
        <translation>取り込まなかったすべての行とその理由、値の読み方についてのすべての注記です。「完了して開く」で新しいデータパックを現在のものと並べて開きます。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="2017" />
        <source>Import summary</source>
        <translation>取り込みの概要</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="2019" />
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="2022" />
        <source>Filter: words in any column (row number, field, reason…)</source>
        <translation>絞り込み：いずれかの列の語（行番号、項目、理由など）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="2024" />
        <source>Filter the report</source>
        <translation>結果の絞り込み</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="2027" />
        <source>&amp;Export report as CSV…</source>
        <translation>結果を CSV で書き出し(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="2028" />
        <source>Export report as CSV</source>
        <translation>結果を CSV で書き出し</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="2033" />
        <source>Rows not imported and notes</source>
        <translation>取り込まなかった行と注記</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="2041" />
        <source>Lines shown</source>
        <translation>表示中の行数</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="2047" />
        <source>S&amp;how</source>
        <translation>表示(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="2075" />
        <source>{read} rows read from {file}: {imported} imported ({records} {kind} records), {rejected} rejected, {skipped} skipped (no value).</source>
        <translation>{file} から {read} 行を読み込みました：取り込み {imported} 行（{kind} のレコード {records} 件）、不採用 {rejected} 行、スキップ {skipped} 行（値なし）。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="2081" />
        <source>Pack folder: {folder}</source>
        <translation>データパックのフォルダー：{folder}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="2083" />
        <source>Nothing to report: every row was imported as written.</source>
        <translation>報告事項はありません。すべての行を記載どおりに取り込みました。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="2084" />
        <source>{n} actors created: {names}</source>
        <translation>作成した関係者 {n} 件：{names}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="2085" />
        <source>{n} indicators created: {names}</source>
        <translation>作成した指標 {n} 件：{names}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="2090" />
        <source>, … {n} more</source>
        <translation>、ほか {n} 列</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="2097" />
        <source>{n} of {m} lines shown</source>
        <translation>{m} 行中 {n} 行を表示</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="2108" />
        <source>✖ Report not written: {file}: {problem}</source>
        <translation>× 結果を書き出せませんでした：{file}：{problem}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="2111" />
        <source>Report written to {file}</source>
        <translation>結果を {file} に書き出しました</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="2119" />
        <source>Export report</source>
        <translation>結果の書き出し</translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1433" />
        <source>Values and actors</source>
        <translation>値と関係者</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1434" />
        <source>A trial run on the first rows lists texts the import would not recognise. Map them here, or go on: rows with an unmapped value are rejected and listed in the report; unknown actors are created, named after the text.</source>
        <translation>先頭の行で試しに読み込み、認識できない文字列を一覧にします。ここで対応付けるか、そのまま進んでください。対応付けていない値の行は不採用となり結果に記載されます。未知の関係者は、その文字列を名称として作成します。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1444" />
        <source>Trial run</source>
        <translation>試し読み</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1445" />
        <source>Check &amp;again</source>
        <translation>再確認(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1446" />
        <source>Check again</source>
        <translation>再確認</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1447" />
        <source>Run the trial again with the maps chosen here</source>
        <translation>ここで選んだ対応で、もう一度試し読みします</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1451" />
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1477" />
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1451" />
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1460" />
        <source>Text in the file</source>
        <translation>ファイル中の文字列</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1452" />
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1452" />
        <source>Import as</source>
        <translation>取り込む値</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1453" />
        <source>New domain: 日本語, colour</source>
        <translation>新しい分野：日本語名、色</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1454" />
        <source>Values not recognised</source>
        <translation>認識できない値</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1460" />
        <source>Actor id</source>
        <translation>関係者 ID</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1461" />
        <source>Would be</source>
        <translation>取り込み結果</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1462" />
        <source>Actors not in the lookup</source>
        <translation>照合表にない関係者</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1477" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1477" />
        <source>Found</source>
        <translation>記載内容</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1478" />
        <source>Read as</source>
        <translation>読み方</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1479" />
        <source>Columns with missing-value tokens</source>
        <translation>欠損値の記号がある列</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1485" />
        <source>Columns holding “no value” tokens (NA, N/A, …): how should they be read?</source>
        <translation>「値なし」の記号（NA、N/A など）がある列：どのように読みますか？</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1491" />
        <source>Country codes as numbers are</source>
        <translation>数字で書かれた国コードの種類</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1493" />
        <source>Country codes as numbers</source>
        <translation>数字で書かれた国コード</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1502" />
        <source>Values not allowed in the pack</source>
        <translation>データパックで使用できない値</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1506" />
        <source>Actors not in the lookup (type an id, or pick a suggestion)</source>
        <translation>照合表にない関係者（ID を入力するか、候補から選んでください）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1535" />
        <source>Trying the mapping on the first {n} rows…</source>
        <translation>先頭の {n} 行で対応を試しています…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1549" />
        <source>✖ {problem}</source>
        <translation>× {problem}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1578" />
        <source>Trial on all {n} rows: {accepted} would be imported</source>
        <translation>全 {n} 行で試行：{accepted} 行を取り込み</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1580" />
        <source>Trial on the first {n} rows: {accepted} would be imported</source>
        <translation>先頭の {n} 行で試行：{accepted} 行を取り込み</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1583" />
        <source>{n} rejected</source>
        <translation>不採用 {n} 行</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1585" />
        <source>{n} skipped (no value)</source>
        <translation>スキップ {n} 行（値なし）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1586" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1586" />
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1588" />
        <source> Every value and actor was recognised.</source>
        <translation>すべての値と関係者を認識できました。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1602" />
        <source>Column {column} ({field}): {counts}. Which system are they in?</source>
        <translation>列 {column}（{field}）：{counts}。どちらのコード体系ですか？</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1609" />
        <source>choose…</source>
        <translation>選んでください…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1628" />
        <source>{n} of {m} cells are {token}</source>
        <translation>{m} セル中 {n} セルが {token}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1633" />
        <source>{column}: read {token} as</source>
        <translation>{column}：{token} の読み方</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1639" />
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1645" />
        <source>no value</source>
        <translation>値なし</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1640" />
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1653" />
        <source>leave the column out</source>
        <translation>この列を使わない</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1648" />
        <source>the actor {name} ({id})</source>
        <translation>関係者 {name}（{id}）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1650" />
        <source>an actor named {token}</source>
        <translation>名称 {token} の関係者</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1652" />
        <source>the text {token}</source>
        <translation>文字列 {token}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1687" />
        <source>(leave: rows rejected)</source>
        <translation>（対応付けない：行は不採用）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1696" />
        <source>{id} (new domain)</source>
        <translation>{id}（新しい分野）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1698" />
        <source>new domain “{text}” ({id})</source>
        <translation>新しい分野「{text}」（{id}）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1701" />
        <source>{field}: import {text} as</source>
        <translation>{field}：{text} を取り込む値</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1726" />
        <source>new actor</source>
        <translation>新しい関係者</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1727" />
        <source>Actor id for {text}</source>
        <translation>{text} の関係者 ID</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1739" />
        <source>{name} ({id}, from the lookup)</source>
        <translation>{name}（{id}、照合表から）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1741" />
        <source>new actor {id}, named {text}</source>
        <translation>新しい関係者 {id}（名称 {text}）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1778" />
        <source>✖ {problems} (a colour is # and six hex digits, e.g. #2E7D32, or empty for one from the palette)</source>
        <translation>× {problems}（色は # と 16 進数 6 桁で指定してください。例：#2E7D32。空欄にするとパレットから選びます）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1809" />
        <source>✖ Not a valid actor id (lowercase letters, digits, '-', '_' or '.'; starting with a letter or digit): {ids}</source>
        <translation>× 関係者 ID として使えません（英小文字、数字、「-」「_」「.」のみ。先頭は英小文字か数字）：{ids}</translation>
    </message>
</context>
<context>
    <name>_ItemDelegate</name>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="167" />
        <source>Item title</source>
        <translation>項目の表題</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="168" />
        <source>Empty: the view's own title</source>
        <translation>空欄の場合は表示の表題</translation>
    </message>
</context>
<context>
    <name>_NewDomainFields</name>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1385" />
        <source>{text}: the new domain's Japanese label</source>
        <translation>{text}：新しい分野の日本語名</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/import_wizard.py" line="1391" />
        <source>{text}: the new domain's colour</source>
        <translation>{text}：新しい分野の色</translation>
    </message>
</context>
</TS>
