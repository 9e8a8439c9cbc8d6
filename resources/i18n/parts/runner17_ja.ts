<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>BriefingPanel</name>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="78" />
        <source>Chart</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="79" />
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="80" />
        <source>Timeline</source>
        <translation>年表</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="81" />
        <source>Event</source>
        <translation>出来事</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="82" />
        <source>No items yet. Add the current chart, table, timeline or event from the Briefing menu.</source>
        <translation>項目はまだありません。ブリーフィングメニューから、表示中のグラフ、表、年表または出来事を追加してください。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="84" />
        <source>No briefing yet. Press New… or add a view from the Briefing menu.</source>
        <translation>ブリーフィングはまだありません。「新規…」を押すか、ブリーフィングメニューから表示を追加してください。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="95" />
        <source>1 item</source>
        <translation>1 項目</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="96" />
        <source>{n} items</source>
        <translation>{n} 項目</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="100" />
        <source>Untitled briefing</source>
        <translation>無題のブリーフィング</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="104" />
        <source>the view’s own title</source>
        <translation>表示の表題のまま</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="115" />
        <source>pack {name}</source>
        <translation>データパック {name}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="241" />
        <source>Briefing file problems</source>
        <translation>ブリーフィングのファイルの問題</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="244" />
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="245" />
        <source>Dismiss briefing file problems</source>
        <translation>ブリーフィングのファイルの問題の表示を閉じる</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="256" />
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="756" />
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="848" />
        <source>Briefing</source>
        <translation>ブリーフィング</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="257" />
        <source>The briefing shown below; each is a deck of slides</source>
        <translation>下に表示するブリーフィング（それぞれが一式のスライド資料になります）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="262" />
        <source>No briefing yet</source>
        <translation>ブリーフィングなし</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="264" />
        <source>&amp;New…</source>
        <translation>新規(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="265" />
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="1101" />
        <source>New briefing</source>
        <translation>新しいブリーフィング</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="267" />
        <source>Rena&amp;me…</source>
        <translation>名前の変更(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="268" />
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="1107" />
        <source>Rename briefing</source>
        <translation>ブリーフィングの名前の変更</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="270" />
        <source>De&amp;lete…</source>
        <translation>削除(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="271" />
        <source>Delete briefing</source>
        <translation>ブリーフィングの削除</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="274" />
        <source>Handling marking</source>
        <translation>取扱区分表示</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="275" />
        <source>Printed on every slide and page of this briefing</source>
        <translation>このブリーフィングのすべてのスライドとページに印字されます</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="277" />
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="1162" />
        <source>e.g. OFFICIAL (printed on every slide)</source>
        <translation>例：取扱注意（すべてのスライドに印字）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="283" />
        <source>Briefing items</source>
        <translation>ブリーフィングの項目</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="284" />
        <source>One slide each, in this order. F2 renames, Ctrl+Up and Ctrl+Down move, Delete removes</source>
        <translation>1 項目が 1 枚のスライドになり、この順に並びます。F2 で表題の変更、Ctrl+↑ と Ctrl+↓ で移動、Delete で削除します</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="294" />
        <source>Move &amp;up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="295" />
        <source>Move item up</source>
        <translation>項目を上へ移動</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="296" />
        <source>Move the selected item up (Ctrl+Up)</source>
        <translation>選択した項目を上へ移動します（Ctrl+↑）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="298" />
        <source>Move d&amp;own</source>
        <translation>下へ(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="299" />
        <source>Move item down</source>
        <translation>項目を下へ移動</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="300" />
        <source>Move the selected item down (Ctrl+Down)</source>
        <translation>選択した項目を下へ移動します（Ctrl+↓）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="302" />
        <source>Ren&amp;ame</source>
        <translation>表題の変更(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="303" />
        <source>Rename item</source>
        <translation>項目の表題の変更</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="304" />
        <source>Edit the selected item's slide title (F2 or double-click)</source>
        <translation>選択した項目のスライドの表題を編集します（F2 またはダブルクリック）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="307" />
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="308" />
        <source>Remove item</source>
        <translation>項目の削除</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="309" />
        <source>Remove the selected item (Delete); Undo remove puts it back</source>
        <translation>選択した項目を削除します（Delete）。「削除を取り消す」で元に戻せます</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="312" />
        <source>Un&amp;do remove</source>
        <translation>削除を取り消す(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="313" />
        <source>Undo remove</source>
        <translation>削除を取り消す</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="314" />
        <source>Put back the item removed last (Ctrl+Z in the list)</source>
        <translation>最後に削除した項目を元に戻します（一覧で Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="334" />
        <source>Talking points of the selected item</source>
        <translation>選択した項目の発言要領</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="335" />
        <source>Select an item to write its talking points (they go in the slide's speaker notes).</source>
        <translation>項目を選択すると発言要領を書けます（スライドのノートに記載されます）。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="340" />
        <source>Talking points status</source>
        <translation>発言要領の保存状況</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="350" />
        <source>Export deck (&amp;PowerPoint)…</source>
        <translation>資料を書き出し（PowerPoint）(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="351" />
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="1134" />
        <source>Export deck as PowerPoint</source>
        <translation>スライド資料を PowerPoint で書き出し</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="353" />
        <source>E&amp;xport deck (PDF)…</source>
        <translation>資料を書き出し（PDF）(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="354" />
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="1135" />
        <source>Export deck as PDF</source>
        <translation>スライド資料を PDF で書き出し</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="356" />
        <source>Briefing note (&amp;Word or PDF)…</source>
        <translation>ブリーフィングメモ（Word / PDF）(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="357" />
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="774" />
        <source>Export briefing note</source>
        <translation>ブリーフィングメモの書き出し</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="358" />
        <source>A one-page note: talking points, the events shown, one or two charts and every source, marking on every page</source>
        <translation>1 ページのメモ：発言要領、表示中の出来事、1～2 点のグラフとすべての出典をまとめ、各ページに取扱区分表示を印字します</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="363" />
        <source>Paper size of the briefing note</source>
        <translation>ブリーフィングメモの用紙サイズ</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="364" />
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="365" />
        <source>Letter</source>
        <translation>レター</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="366" />
        <source>Print &amp;slides…</source>
        <translation>スライドを印刷(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="367" />
        <source>Print briefing</source>
        <translation>ブリーフィングを印刷</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="368" />
        <source>Print every item, one slide per page, marking on every page</source>
        <translation>すべての項目を 1 ページに 1 枚ずつ印刷し、各ページに取扱区分表示を印字します</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="374" />
        <source>Briefing status</source>
        <translation>ブリーフィングの状況</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="381" />
        <source>Briefin&amp;g</source>
        <translation>ブリーフィング(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="390" />
        <source>Mar&amp;king</source>
        <translation>取扱区分表示(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="394" />
        <source>&amp;Items (one slide each, in this order)</source>
        <translation>項目（1 項目 1 枚、この順）(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="406" />
        <source>&amp;Talking points (speaker notes)</source>
        <translation>発言要領（スライドのノート）(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="428" />
        <source>Briefing controls</source>
        <translation>ブリーフィングの操作</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="462" />
        <source>kept from an earlier session; not in the store yet</source>
        <translation>前回の作業中に入力した内容です。まだ保存されていません</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="505" />
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="543" />
        <source>Saved</source>
        <translation>保存済み</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="531" />
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="957" />
        <source>{title} (copy from this window)</source>
        <translation>{title}（このウィンドウの版）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="569" />
        <source>Talking points not saved: {problem}</source>
        <translation>発言要領を保存できませんでした：{problem}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="582" />
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="602" />
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="1102" />
        <source>Briefing {date}</source>
        <translation>ブリーフィング {date}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="605" />
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="631" />
        <source>Briefing not created</source>
        <translation>ブリーフィングを作成できませんでした</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="606" />
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="632" />
        <source>Could not create a briefing: {problem}</source>
        <translation>ブリーフィングを作成できませんでした：{problem}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="615" />
        <source>Item not added</source>
        <translation>項目を追加できませんでした</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="616" />
        <source>Could not add the view to “{briefing}”: {problem}</source>
        <translation>「{briefing}」に表示を追加できませんでした：{problem}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="622" />
        <source>Added “{item}” to {briefing}</source>
        <translation>「{item}」を {briefing} に追加しました</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="636" />
        <source>Created {briefing}</source>
        <translation>{briefing} を作成しました</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="646" />
        <source>Briefing not renamed</source>
        <translation>ブリーフィングの名前を変更できませんでした</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="659" />
        <source>Briefing not deleted</source>
        <translation>ブリーフィングを削除できませんでした</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="659" />
        <source>Could not delete “{briefing}”: {problem}</source>
        <translation>「{briefing}」を削除できませんでした：{problem}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="665" />
        <source>Deleted the briefing “{briefing}”</source>
        <translation>ブリーフィング「{briefing}」を削除しました</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="677" />
        <source>Removed “{item}” (Undo remove puts it back)</source>
        <translation>「{item}」を削除しました（「削除を取り消す」で元に戻せます）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="689" />
        <source>Item not restored</source>
        <translation>項目を元に戻せませんでした</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="694" />
        <source>Restored “{item}”</source>
        <translation>「{item}」を元に戻しました</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="703" />
        <source>Nothing to export</source>
        <translation>書き出すものがありません</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="704" />
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="769" />
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="841" />
        <source>This briefing has no items yet: add views to it first.</source>
        <translation>このブリーフィングにはまだ項目がありません。先に表示を追加してください。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="715" />
        <source>Writing the deck {file}…</source>
        <translation>スライド資料 {file} を書き出しています…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="729" />
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="732" />
        <source>Wrote {file} ({items})</source>
        <translation>{file} を書き出しました（{items}）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="735" />
        <source>Deck not exported: cancelled</source>
        <translation>スライド資料を書き出しませんでした：キャンセルされました</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="738" />
        <source>A pack this briefing uses cannot be opened: {problem}.</source>
        <translation>このブリーフィングが使うデータパックを開けません：{problem}。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="742" />
        <source>Cannot write {file}: {problem}</source>
        <translation>{file} に書き込めません：{problem}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="760" />
        <source>Briefing note</source>
        <translation>ブリーフィングメモ</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="768" />
        <source>Nothing to write</source>
        <translation>書き出すものがありません</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="775" />
        <source>Word document</source>
        <translation>Word 文書</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="807" />
        <source>Writing the briefing note {file}…</source>
        <translation>ブリーフィングメモ {file} を書き出しています…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="815" />
        <source>Wrote {file}</source>
        <translation>{file} を書き出しました</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="817" />
        <source>Wrote the briefing note {file}</source>
        <translation>ブリーフィングメモ {file} を書き出しました</translation>
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
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="824" />
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="829" />
        <source>Briefing note not written</source>
        <translation>ブリーフィングメモを書き出せませんでした</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="826" />
        <source>Briefing note not written: {problem}</source>
        <translation>ブリーフィングメモを書き出せませんでした：{problem}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="830" />
        <source>The note was not written.</source>
        <translation>メモは書き出されませんでした。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="840" />
        <source>Nothing to print</source>
        <translation>印刷するものがありません</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="850" />
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="853" />
        <source>Briefing not printed</source>
        <translation>ブリーフィングを印刷できませんでした</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="851" />
        <source>A pack this briefing uses cannot be opened: {problem}</source>
        <translation>このブリーフィングが使うデータパックを開けません：{problem}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="888" />
        <source>Last changed {time} UTC</source>
        <translation>最終更新 {time}（UTC）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="903" />
        <source>No talking points yet</source>
        <translation>発言要領はまだありません</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="961" />
        <source>“{title}” was changed in another window. That version is kept; your change is saved as “{copy}”.</source>
        <translation>「{title}」は別のウィンドウで変更されていました。そちらの版はそのまま残し、この変更は「{copy}」として保存しました。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="978" />
        <source>Briefing not saved</source>
        <translation>ブリーフィングを保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="979" />
        <source>The change was not saved: {problem}</source>
        <translation>変更を保存できませんでした：{problem}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="1036" />
        <source>Item not renamed</source>
        <translation>項目の表題を変更できませんでした</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="1037" />
        <source>The new title was not saved: {problem}</source>
        <translation>新しい表題を保存できませんでした：{problem}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="1042" />
        <source>Renamed the item to “{title}”</source>
        <translation>項目の表題を「{title}」に変更しました</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="1043" />
        <source>The item uses the view's own title</source>
        <translation>項目の表題は表示の表題のままです</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="1059" />
        <source>Editing…</source>
        <translation>編集中…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="1073" />
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="1078" />
        <source>Marking not saved</source>
        <translation>取扱区分表示を保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="1079" />
        <source>The marking was not saved: {problem}</source>
        <translation>取扱区分表示を保存できませんでした：{problem}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="1083" />
        <source>Marking set to “{marking}”</source>
        <translation>取扱区分表示を「{marking}」にしました</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="1084" />
        <source>Marking removed</source>
        <translation>取扱区分表示を削除しました</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="1098" />
        <source>Briefing title</source>
        <translation>ブリーフィングの表題</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="1101" />
        <source>Title of the new briefing:</source>
        <translation>新しいブリーフィングの表題：</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="1107" />
        <source>Title of this briefing (the deck's title):</source>
        <translation>このブリーフィングの表題（スライド資料の表題）：</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="1114" />
        <source>Delete briefing?</source>
        <translation>ブリーフィングを削除しますか？</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="1115" />
        <source>Delete the briefing “{briefing}” and its {items}? This cannot be undone.</source>
        <translation>ブリーフィング「{briefing}」とその {items}を削除しますか？ この操作は元に戻せません。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="1119" />
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="1120" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="1161" />
        <source>None of its own: uses the export marking ({marking})</source>
        <translation>個別の表示なし：書き出しの取扱区分表示（{marking}）を使います</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="1173" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="1185" />
        <source>{file} not written</source>
        <translation>{file} は書き出されませんでした</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="1187" />
        <source>Deck not exported: {problem}</source>
        <translation>スライド資料を書き出せませんでした：{problem}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="1189" />
        <source>Deck not exported</source>
        <translation>スライド資料を書き出せませんでした</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="1190" />
        <source>The deck was not written.</source>
        <translation>スライド資料は書き出されませんでした。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="1199" />
        <source>Items using it: {items}</source>
        <translation>このデータパックを使う項目：{items}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="1210" />
        <source>Some saved briefings could not be read; the others are here:</source>
        <translation>保存されたブリーフィングの一部を読み込めませんでした。その他のブリーフィングは表示しています：</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="1212" />
        <source>Folder: {folder}</source>
        <translation>フォルダー：{folder}</translation>
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
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../explorer/qt/pack_loading.py" line="151" />
        <source>Loading {path}…</source>
        <translation>{path} を読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/pack_loading.py" line="163" />
        <source>Loading {pack}…</source>
        <translation>{pack} を読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/pack_loading.py" line="186" />
        <source>Not closed: {reason}</source>
        <translation>閉じられませんでした：{reason}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/pack_loading.py" line="218" />
        <source>Opened {title} alongside</source>
        <translation>{title} を並べて開きました</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/pack_loading.py" line="235" />
        <source>Opened {title}</source>
        <translation>{title} を開きました</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/pack_loading.py" line="241" />
        <source>{path} was not reloaded</source>
        <translation>{path} は読み込み直されませんでした</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/pack_loading.py" line="241" />
        <source>{path} was not opened</source>
        <translation>{path} は開けませんでした</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/pack_loading.py" line="243" />
        <source>Still open: {title}.</source>
        <translation>引き続き {title} を開いています。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/pack_loading.py" line="249" />
        <source>Pack refused</source>
        <translation>データパックを開けません</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/pack_loading.py" line="250" />
        <source>{path} breaks the briefing-pack format (1 problem); nothing from it was loaded.</source>
        <translation>{path} はデータパックの形式に合っていません（問題 1件）。何も読み込んでいません。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/pack_loading.py" line="252" />
        <source>{path} breaks the briefing-pack format ({n} problems); nothing from it was loaded.</source>
        <translation>{path} はデータパックの形式に合っていません（問題 {n}件）。何も読み込んでいません。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/pack_loading.py" line="255" />
        <source>First problem:</source>
        <translation>最初の問題：</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/pack_loading.py" line="267" />
        <source>Could not open pack</source>
        <translation>データパックを開けませんでした</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/pack_loading.py" line="268" />
        <source>{path} could not be opened because of an internal error:</source>
        <translation>内部エラーのため {path} を開けませんでした：</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/pack_loading.py" line="270" />
        <source>The current pack stays open.</source>
        <translation>現在のデータパックは開いたままです。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/pack_loading.py" line="320" />
        <source>Reload refused — keeping the previous version</source>
        <translation>読み込み直しできません — 以前の版のままです</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/pack_loading.py" line="339" />
        <source>Reloaded {title}: {changes}</source>
        <translation>{title} を読み込み直しました：{changes}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/pack_loading.py" line="353" />
        <source>What changed since {version}</source>
        <translation>{version} からの変更点</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="131" />
        <source>Filters</source>
        <translation>絞り込み</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="133" />
        <location filename="../../../explorer/qt/main_window.py" line="134" />
        <source>Events</source>
        <translation>出来事</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="136" />
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="138" />
        <location filename="../../../explorer/qt/main_window.py" line="139" />
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="142" />
        <location filename="../../../explorer/qt/main_window.py" line="143" />
        <source>Briefing</source>
        <translation>ブリーフィング</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="254" />
        <source>{panel} panel</source>
        <translation>{panel}パネル</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="263" />
        <source>Panel tabs</source>
        <translation>パネルのタブ</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="286" />
        <source>Loading</source>
        <translation>読み込み中</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="289" />
        <source>Events shown</source>
        <translation>表示中の出来事の件数</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="293" />
        <source>Show it again</source>
        <translation>再表示</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="294" />
        <source>Show the hidden event again</source>
        <translation>非表示になった出来事を再表示</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="296" />
        <source>Clears the filters and selects the event the filter hid</source>
        <translation>絞り込みを解除し、絞り込みで非表示になった出来事を選択します</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="298" />
        <source>Clear the filters and select the event the filter hid</source>
        <translation>絞り込みを解除し、絞り込みで非表示になった出来事を選択します</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="565" />
        <source>Open briefing pack</source>
        <translation>データパックを開く</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="570" />
        <source>Open a pack alongside</source>
        <translation>データパックを並べて開く</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="590" />
        <source>Briefing packs (datapackage.json *.zip);;All files (*)</source>
        <translation>データパック (datapackage.json *.zip);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="612" />
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="615" />
        <source>&amp;Clear list</source>
        <translation>一覧を消去(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="628" />
        <location filename="../../../explorer/qt/main_window.py" line="636" />
        <source>What changed in the last reload</source>
        <translation>直前の読み込み直しでの変更点</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="663" />
        <source>Open a pack first</source>
        <translation>先にデータパックを開いてください</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="665" />
        <source>What changed since… (pick the earlier version)</source>
        <translation>以前の版との違い（以前の版を選択）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="679" />
        <source>Note not saved: {reason}</source>
        <translation>メモを保存できませんでした：{reason}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="688" />
        <source>Comparison not changed: {reason}</source>
        <translation>比較を変更できませんでした：{reason}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="729" />
        <source>no indicator chosen</source>
        <translation>指標が選択されていません</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="732" />
        <source>none selected</source>
        <translation>選択なし</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="735" />
        <source>Chart: {name}</source>
        <translation>グラフ: {name}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="736" />
        <source>Table of that chart</source>
        <translation>そのグラフの表</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="737" />
        <source>Timeline, as shown now</source>
        <translation>年表（現在の表示範囲）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="738" />
        <source>Timeline, the whole filtered span</source>
        <translation>年表（絞り込み後の全期間）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="740" />
        <source>Selected event: {title}</source>
        <translation>選択した出来事: {title}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="758" />
        <source>Exported {files}</source>
        <translation>書き出しました：{files}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="772" />
        <source>Choose an indicator in Compare before copying a chart</source>
        <translation>グラフをコピーする前に、比較パネルで指標を選択してください</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="795" />
        <source>Chart copied (picture and data)</source>
        <translation>グラフをコピーしました（画像とデータ）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="819" />
        <source>Nothing to print: no {view} to show yet</source>
        <translation>印刷できるものがありません：表示中の{view}がありません</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="833" />
        <source>Not printed: {reason}</source>
        <translation>印刷できませんでした：{reason}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="856" />
        <source>Nothing to write a note from: open a pack first</source>
        <translation>メモの元になるものがありません。先にデータパックを開いてください</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="860" />
        <source>chart</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="860" />
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="860" />
        <location filename="../../../explorer/qt/main_window.py" line="861" />
        <source>timeline</source>
        <translation>年表</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="861" />
        <source>event</source>
        <translation>出来事</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="866" />
        <source>Nothing to add: no {view} to show yet</source>
        <translation>追加できるものがありません：表示中の{view}がありません</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="881" />
        <source>Saved {what} to {path}</source>
        <translation>{what}を {path} に保存しました</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="892" />
        <source>Nothing imported</source>
        <translation>何も取り込んでいません</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="901" />
        <source>Imported {what}</source>
        <translation>取り込みました：{what}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="906" />
        <source>Export my notes and briefings</source>
        <translation>メモとブリーフィングを書き出し</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="908" />
        <location filename="../../../explorer/qt/main_window.py" line="918" />
        <source>Briefing Explorer data (*.json)</source>
        <translation>Briefing Explorer のデータ (*.json)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="913" />
        <source>Not exported</source>
        <translation>書き出しできませんでした</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="914" />
        <source>{path} was not written: {reason}</source>
        <translation>{path} に書き込めませんでした：{reason}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="917" />
        <source>Import notes and briefings</source>
        <translation>メモとブリーフィングを取り込み</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="936" />
        <source>About {app}</source>
        <translation>{app} について</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="951" />
        <source>The user guide is not available in this build</source>
        <translation>この版には使い方ガイドが含まれていません</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="981" />
        <source>The list of keyboard shortcuts is not available in this build</source>
        <translation>この版にはキーボードショートカットの一覧が含まれていません</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="1014" />
        <source>The interface language changes the next time Briefing Explorer starts</source>
        <translation>表示言語は、次回 Briefing Explorer を起動したときに切り替わります</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="1028" />
        <source>explore sourced briefing packs offline.</source>
        <translation>出典付きのデータパックをオフラインで閲覧できます。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="1035" />
        <source>Open pack:</source>
        <translation>開いているデータパック：</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="1036" />
        <source>{title} (version {version})</source>
        <translation>{title}（版 {version}）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="1038" />
        <source>Licence:</source>
        <translation>ライセンス：</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="1039" />
        <source>not stated</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="1041" />
        <source>Sources:</source>
        <translation>出典：</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="1042" />
        <source>{n} documents are cited row by row; see each event's details.</source>
        <translation>{n}件の文書を行ごとに出典として示しています。各出来事の詳細をご覧ください。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="1061" />
        <source>{shown} of {total} events</source>
        <translation>{total}件中{shown}件</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="1082" />
        <source>“{title}” is hidden by the current filter, so nothing is selected now</source>
        <translation>「{title}」は現在の絞り込みで非表示になったため、選択が解除されました</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/main_window.py" line="1282" />
        <source>Settings not saved: {reason}</source>
        <translation>設定を保存できませんでした：{reason}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="49" />
        <source>What changed &amp;since…</source>
        <translation>以前の版との違い(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="51" />
        <source>Pick another version of the open pack and see what differs from it</source>
        <translation>開いているデータパックの別の版を選び、違いを表示します</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="54" />
        <source>What changed in the last re&amp;load</source>
        <translation>直前の読み込み直しでの変更点(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="55" />
        <source>The events and figures the last reload from disk added, removed or changed</source>
        <translation>直前にディスクから読み込み直したときに追加・削除・変更された出来事と統計値</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="57" />
        <source>What changed</source>
        <translation>変更点</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="58" />
        <source>&amp;Open pack…</source>
        <translation>データパックを開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="59" />
        <source>Open a pack folder or .zip</source>
        <translation>データパックのフォルダまたは .zip を開きます</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="60" />
        <source>Open &amp;alongside…</source>
        <translation>並べて開く(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="62" />
        <source>Open another pack next to the open one: their events and figures show together</source>
        <translation>開いているデータパックに別のデータパックを加えて開きます。出来事と統計値が一緒に表示されます</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="64" />
        <source>Import &amp;data…</source>
        <translation>データの取り込み(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="66" />
        <source>Turn a CSV or Excel file into a new pack, opened alongside the current one</source>
        <translation>CSV または Excel のファイルから新しいデータパックを作成し、現在のものと並べて開きます</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="68" />
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="69" />
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="71" />
        <source>Search titles, summaries, Japanese text and notes</source>
        <translation>表題、概要、日本語の記載、メモを検索します</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="72" />
        <source>C&amp;lear filters</source>
        <translation>絞り込みを解除(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="74" />
        <source>Zoom to &amp;fit</source>
        <translation>全体を表示(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="76" />
        <source>Show every visible event (Home on the timeline)</source>
        <translation>絞り込みで残った出来事が収まるように表示します（年表では Home キー）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="77" />
        <source>Zoom &amp;in</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="79" />
        <source>Zoom &amp;out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="81" />
        <source>Show &amp;eras</source>
        <translation>在任期間を表示(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="83" />
        <source>Leaders' terms as background bands</source>
        <translation>首脳の在任期間を背景の帯で示します</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="84" />
        <source>F&amp;ull screen</source>
        <translation>全画面表示(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="86" />
        <source>Lanes by &amp;partner</source>
        <translation>相手国・地域別のレーン(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="88" />
        <source>Lanes by &amp;domain</source>
        <translation>分野別のレーン(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="90" />
        <source>&amp;About Briefing Explorer</source>
        <translation>Briefing Explorer について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="92" />
        <source>&amp;User guide</source>
        <translation>使い方ガイド(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="94" />
        <source>How to use Briefing Explorer, opened at the section of the panel you are in</source>
        <translation>Briefing Explorer の使い方を、操作中のパネルの項目から表示します</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="96" />
        <source>&amp;Keyboard shortcuts…</source>
        <translation>キーボードショートカット(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="98" />
        <source>Every command that has a keyboard shortcut, with its keys</source>
        <translation>キーボードショートカットのあるすべてのコマンドとそのキーの一覧</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="101" />
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="103" />
        <source>Interface and label language, text size, theme, default marking, export folder</source>
        <translation>表示言語、データの表示言語、文字の大きさ、テーマ、既定の取扱区分表示、書き出し先フォルダ</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="107" />
        <source>Export my notes and &amp;briefings…</source>
        <translation>メモとブリーフィングを書き出し(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="109" />
        <source>One file with your notes, saved views and briefings, to move to another laptop</source>
        <translation>メモ、保存した表示、ブリーフィングを1つのファイルにまとめ、別のパソコンへ移せるようにします</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="111" />
        <source>&amp;Import notes and briefings…</source>
        <translation>メモとブリーフィングを取り込み(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="113" />
        <source>Merge a file exported on another laptop; nothing here is overwritten by older notes</source>
        <translation>別のパソコンで書き出したファイルを統合します。ここにある内容が古いメモで上書きされることはありません</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="115" />
        <source>&amp;Export…</source>
        <translation>書き出し(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="117" />
        <source>Chart, table, timeline or event as PNG, SVG, PDF, PowerPoint, CSV or Excel, with sources and marking</source>
        <translation>グラフ、表、年表または出来事を、出典と取扱区分表示付きで PNG、SVG、PDF、PowerPoint、CSV、Excel に書き出します</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="119" />
        <source>Copy c&amp;hart (image and data)</source>
        <translation>グラフをコピー（画像とデータ）(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="121" />
        <source>The chart as a sourced slide picture, and its data</source>
        <translation>グラフを出典付きのスライド用画像として、データと一緒にコピーします</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="122" />
        <source>Add &amp;chart to briefing</source>
        <translation>グラフをブリーフィングに追加(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="124" />
        <source>Add &amp;table to briefing</source>
        <translation>表をブリーフィングに追加(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="126" />
        <source>Add time&amp;line view to briefing</source>
        <translation>年表をブリーフィングに追加(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="128" />
        <source>Add selected &amp;event to briefing</source>
        <translation>選択した出来事をブリーフィングに追加(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="130" />
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="132" />
        <source>Print preview of the current view (the chart if the Compare panel has focus, else the timeline), marking on every page</source>
        <translation>現在の表示を印刷プレビューします（比較パネルを操作中ならグラフ、それ以外は年表）。取扱区分表示は全ページに入ります</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="135" />
        <source>Export briefing &amp;note…</source>
        <translation>ブリーフィングメモを書き出し(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="137" />
        <source>A one-page note (Word or PDF) from the current briefing, or from the current view when the briefing is empty</source>
        <translation>現在のブリーフィングから1ページのメモ（Word または PDF）を作成します。ブリーフィングが空のときは現在の表示から作成します</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="139" />
        <source>&amp;Print briefing…</source>
        <translation>ブリーフィングを印刷(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="141" />
        <source>Every item of the current briefing, one slide per page</source>
        <translation>現在のブリーフィングのすべての項目を、1ページに1枚ずつ印刷します</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="145" />
        <source>Go to &amp;timeline</source>
        <translation>年表へ移動(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="147" />
        <source>Go to filter&amp;s</source>
        <translation>絞り込みへ移動(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="149" />
        <source>Go to e&amp;vents</source>
        <translation>出来事へ移動(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="151" />
        <source>Go to &amp;compare</source>
        <translation>比較へ移動(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="153" />
        <source>Go to det&amp;ails</source>
        <translation>詳細へ移動(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="155" />
        <source>Go to &amp;briefing</source>
        <translation>ブリーフィングへ移動(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="157" />
        <source>Ne&amp;xt panel</source>
        <translation>次のパネル(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="159" />
        <source>Previous pane&amp;l</source>
        <translation>前のパネル(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="161" />
        <source>Reset la&amp;yout</source>
        <translation>レイアウトを元に戻す(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="162" />
        <source>Put every panel back where it was on first start, all of them shown</source>
        <translation>すべてのパネルを表示し、初回起動時の配置に戻します</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="171" />
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="177" />
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="179" />
        <source>&amp;Briefing</source>
        <translation>ブリーフィング(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="182" />
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="190" />
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="195" />
        <source>Open &amp;recent</source>
        <translation>最近使ったデータパック(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="196" />
        <source>&amp;Close pack</source>
        <translation>データパックを閉じる(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="270" />
        <source>Show or hide the {panel} panel</source>
        <translation>{panel}パネルの表示・非表示を切り替えます</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/window_actions.py" line="289" />
        <location filename="../../../explorer/qt/window_actions.py" line="291" />
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
</context>
<context>
    <name>NoteJob</name>
    <message>
        <location filename="../../../explorer/qt/briefing_note.py" line="130" />
        <source>{file}: a briefing note is written as .docx or .pdf</source>
        <translation>{file}：ブリーフィングメモは .docx 形式または .pdf 形式で書き出してください</translation>
    </message>
</context>
<context>
    <name>_ItemDelegate</name>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="182" />
        <source>Item title</source>
        <translation>項目の表題</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/briefing_panel.py" line="183" />
        <source>Empty: the view's own title</source>
        <translation>空欄の場合は表示の表題</translation>
    </message>
</context>
<context>
    <name>exporting</name>
    <message>
        <location filename="../../../explorer/qt/exporting.py" line="455" />
        <source>The settings file {file} cannot be read: {why}. The marking it sets is unknown, so nothing was exported. Give a marking (--marking) or repair or remove the file.</source>
        <translation>設定ファイル {file} を読み込めません（{why}）。設定された取扱区分表示が不明なため、書き出しは行っていません。取扱区分表示を指定する（--marking）か、ファイルを修復または削除してください。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/exporting.py" line="460" />
        <source>export_marking in {file} is not text (found {value}), so the marking is unknown; nothing was exported. Give a marking (--marking) or correct the file.</source>
        <translation>{file} の export_marking が文字列ではありません（{value}）。取扱区分表示が不明なため、書き出しは行っていません。取扱区分表示を指定する（--marking）か、ファイルを修正してください。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/exporting.py" line="468" />
        <source>marking_required in {file} should be true or false (found {value}); treated as true: a marking is required</source>
        <translation>{file} の marking_required は true または false である必要があります（{value}）。true として扱い、取扱区分表示を必須とします</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/exporting.py" line="503" />
        <source>A handling marking is required before any export (see the Export dialog's settings); add one.</source>
        <translation>書き出しの前に取扱区分表示が必要です（書き出しダイアログの設定を参照）。取扱区分表示を入力してください。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/exporting.py" line="522" />
        <source>A {format} export holds a chart's data: choose a chart or table view.</source>
        <translation>{format} 形式の書き出しはグラフのデータを保存するものです。グラフまたは表を選択してください。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/exporting.py" line="602" />
        <location filename="../../../explorer/qt/exporting.py" line="630" />
        <source>{file}: cannot read ({why})</source>
        <translation>{file}：読み込めません（{why}）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/exporting.py" line="605" />
        <source>{file}: not a regular file; holds no Briefing Explorer receipt</source>
        <translation>{file}：通常のファイルではありません。Briefing Explorer の再作成情報は含まれていません</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/exporting.py" line="608" />
        <source>{file}: larger than {limit} MB; not a file this app exported</source>
        <translation>{file}：{limit} MB を超えています。このアプリで書き出したファイルではありません</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/exporting.py" line="637" />
        <source>{file}: holds no Briefing Explorer receipt</source>
        <translation>{file}：Briefing Explorer の再現情報（レシート）が含まれていません</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/exporting.py" line="768" />
        <source>{file}: a briefing is exported as .pptx or .pdf</source>
        <translation>{file}：ブリーフィングは .pptx 形式または .pdf 形式で書き出してください</translation>
    </message>
</context>
<context>
    <name>import_worker</name>
    <message>
        <location filename="../../../explorer/qt/import_worker.py" line="100" />
        <source>Internal error (please report it): {detail}</source>
        <translation>内部エラーが発生しました（開発担当者に報告してください）：{detail}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/import_worker.py" line="109" />
        <source>{message} (found: {found})</source>
        <translation>{message}（該当する値：{found}）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/import_worker.py" line="125" />
        <source>Reading the file…</source>
        <translation>ファイルを読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/import_worker.py" line="129" />
        <source>Mapping {rows} rows…</source>
        <translation>{rows} 行を対応付けています…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/import_worker.py" line="134" />
        <source>Writing the pack…</source>
        <translation>データパックを書き込んでいます…</translation>
    </message>
</context>
</TS>
