<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>BriefingPanel</name>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="82"/>
        <source>Chart</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="83"/>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="84"/>
        <source>Timeline</source>
        <translation>年表</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="85"/>
        <source>Event</source>
        <translation>出来事</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="86"/>
        <source>No items yet. Add the current chart, table, timeline or event from the Briefing menu.</source>
        <translation>項目はまだありません。ブリーフィングメニューから、表示中のグラフ、表、年表または出来事を追加してください。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="88"/>
        <source>No briefing yet. Press New… or add a view from the Briefing menu.</source>
        <translation>ブリーフィングはまだありません。「新規…」を押すか、ブリーフィングメニューから表示を追加してください。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="99"/>
        <source>1 item</source>
        <translation>1 項目</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="100"/>
        <source>{n} items</source>
        <translation>{n} 項目</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="104"/>
        <source>Untitled briefing</source>
        <translation>無題のブリーフィング</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="108"/>
        <source>the view’s own title</source>
        <translation>表示の表題のまま</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="119"/>
        <source>pack {name}</source>
        <translation>データパック {name}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="245"/>
        <source>Briefing file problems</source>
        <translation>ブリーフィングのファイルの問題</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="248"/>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="249"/>
        <source>Dismiss briefing file problems</source>
        <translation>ブリーフィングのファイルの問題の表示を閉じる</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="260"/>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="760"/>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="852"/>
        <source>Briefing</source>
        <translation>ブリーフィング</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="261"/>
        <source>The briefing shown below; each is a deck of slides</source>
        <translation>下に表示するブリーフィング（それぞれが一式のスライド資料になります）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="266"/>
        <source>No briefing yet</source>
        <translation>ブリーフィングなし</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="268"/>
        <source>&amp;New…</source>
        <translation>新規(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="269"/>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="1105"/>
        <source>New briefing</source>
        <translation>新しいブリーフィング</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="271"/>
        <source>Rena&amp;me…</source>
        <translation>名前の変更(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="272"/>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="1111"/>
        <source>Rename briefing</source>
        <translation>ブリーフィングの名前の変更</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="274"/>
        <source>De&amp;lete…</source>
        <translation>削除(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="275"/>
        <source>Delete briefing</source>
        <translation>ブリーフィングの削除</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="278"/>
        <source>Handling marking</source>
        <translation>取扱区分表示</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="279"/>
        <source>Printed on every slide and page of this briefing</source>
        <translation>このブリーフィングのすべてのスライドとページに印字されます</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="281"/>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="1166"/>
        <source>e.g. OFFICIAL (printed on every slide)</source>
        <translation>例：取扱注意（すべてのスライドに印字）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="287"/>
        <source>Briefing items</source>
        <translation>ブリーフィングの項目</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="288"/>
        <source>One slide each, in this order. F2 renames, Ctrl+Up and Ctrl+Down move, Delete removes</source>
        <translation>1 項目が 1 枚のスライドになり、この順に並びます。F2 で表題の変更、Ctrl+↑ と Ctrl+↓ で移動、Delete で削除します</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="298"/>
        <source>Move &amp;up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="299"/>
        <source>Move item up</source>
        <translation>項目を上へ移動</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="300"/>
        <source>Move the selected item up (Ctrl+Up)</source>
        <translation>選択した項目を上へ移動します（Ctrl+↑）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="302"/>
        <source>Move d&amp;own</source>
        <translation>下へ(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="303"/>
        <source>Move item down</source>
        <translation>項目を下へ移動</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="304"/>
        <source>Move the selected item down (Ctrl+Down)</source>
        <translation>選択した項目を下へ移動します（Ctrl+↓）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="306"/>
        <source>Ren&amp;ame</source>
        <translation>表題の変更(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="307"/>
        <source>Rename item</source>
        <translation>項目の表題の変更</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="308"/>
        <source>Edit the selected item&apos;s slide title (F2 or double-click)</source>
        <translation>選択した項目のスライドの表題を編集します（F2 またはダブルクリック）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="311"/>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="312"/>
        <source>Remove item</source>
        <translation>項目の削除</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="313"/>
        <source>Remove the selected item (Delete); Undo remove puts it back</source>
        <translation>選択した項目を削除します（Delete）。「削除を取り消す」で元に戻せます</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="316"/>
        <source>Un&amp;do remove</source>
        <translation>削除を取り消す(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="317"/>
        <source>Undo remove</source>
        <translation>削除を取り消す</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="318"/>
        <source>Put back the item removed last (Ctrl+Z in the list)</source>
        <translation>最後に削除した項目を元に戻します（一覧で Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="338"/>
        <source>Talking points of the selected item</source>
        <translation>選択した項目の発言要領</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="339"/>
        <source>Select an item to write its talking points (they go in the slide&apos;s speaker notes).</source>
        <translation>項目を選択すると発言要領を書けます（スライドのノートに記載されます）。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="344"/>
        <source>Talking points status</source>
        <translation>発言要領の保存状況</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="354"/>
        <source>Export deck (&amp;PowerPoint)…</source>
        <translation>資料を書き出し（PowerPoint）(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="355"/>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="1138"/>
        <source>Export deck as PowerPoint</source>
        <translation>スライド資料を PowerPoint で書き出し</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="357"/>
        <source>E&amp;xport deck (PDF)…</source>
        <translation>資料を書き出し（PDF）(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="358"/>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="1139"/>
        <source>Export deck as PDF</source>
        <translation>スライド資料を PDF で書き出し</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="360"/>
        <source>Briefing note (&amp;Word or PDF)…</source>
        <translation>ブリーフィングメモ（Word / PDF）(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="361"/>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="778"/>
        <source>Export briefing note</source>
        <translation>ブリーフィングメモの書き出し</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="362"/>
        <source>A one-page note: talking points, the events shown, one or two charts and every source, marking on every page</source>
        <translation>1 ページのメモ：発言要領、表示中の出来事、1～2 点のグラフとすべての出典をまとめ、各ページに取扱区分表示を印字します</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="367"/>
        <source>Paper size of the briefing note</source>
        <translation>ブリーフィングメモの用紙サイズ</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="368"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="369"/>
        <source>Letter</source>
        <translation>レター</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="370"/>
        <source>Print &amp;slides…</source>
        <translation>スライドを印刷(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="371"/>
        <source>Print briefing</source>
        <translation>ブリーフィングを印刷</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="372"/>
        <source>Print every item, one slide per page, marking on every page</source>
        <translation>すべての項目を 1 ページに 1 枚ずつ印刷し、各ページに取扱区分表示を印字します</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="378"/>
        <source>Briefing status</source>
        <translation>ブリーフィングの状況</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="385"/>
        <source>Briefin&amp;g</source>
        <translation>ブリーフィング(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="394"/>
        <source>Mar&amp;king</source>
        <translation>取扱区分表示(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="398"/>
        <source>&amp;Items (one slide each, in this order)</source>
        <translation>項目（1 項目 1 枚、この順）(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="410"/>
        <source>&amp;Talking points (speaker notes)</source>
        <translation>発言要領（スライドのノート）(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="432"/>
        <source>Briefing controls</source>
        <translation>ブリーフィングの操作</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="466"/>
        <source>kept from an earlier session; not in the store yet</source>
        <translation>前回の作業中に入力した内容です。まだ保存されていません</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="509"/>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="547"/>
        <source>Saved</source>
        <translation>保存済み</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="586"/>
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="606"/>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="1106"/>
        <source>Briefing {date}</source>
        <translation>ブリーフィング {date}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="609"/>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="635"/>
        <source>Briefing not created</source>
        <translation>ブリーフィングを作成できませんでした</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="610"/>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="636"/>
        <source>Could not create a briefing: {problem}</source>
        <translation>ブリーフィングを作成できませんでした：{problem}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="619"/>
        <source>Item not added</source>
        <translation>項目を追加できませんでした</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="620"/>
        <source>Could not add the view to “{briefing}”: {problem}</source>
        <translation>「{briefing}」に表示を追加できませんでした：{problem}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="626"/>
        <source>Added “{item}” to {briefing}</source>
        <translation>「{item}」を {briefing} に追加しました</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="640"/>
        <source>Created {briefing}</source>
        <translation>{briefing} を作成しました</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="650"/>
        <source>Briefing not renamed</source>
        <translation>ブリーフィングの名前を変更できませんでした</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="663"/>
        <source>Briefing not deleted</source>
        <translation>ブリーフィングを削除できませんでした</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="663"/>
        <source>Could not delete “{briefing}”: {problem}</source>
        <translation>「{briefing}」を削除できませんでした：{problem}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="669"/>
        <source>Deleted the briefing “{briefing}”</source>
        <translation>ブリーフィング「{briefing}」を削除しました</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="681"/>
        <source>Removed “{item}” (Undo remove puts it back)</source>
        <translation>「{item}」を削除しました（「削除を取り消す」で元に戻せます）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="693"/>
        <source>Item not restored</source>
        <translation>項目を元に戻せませんでした</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="698"/>
        <source>Restored “{item}”</source>
        <translation>「{item}」を元に戻しました</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="707"/>
        <source>Nothing to export</source>
        <translation>書き出すものがありません</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="708"/>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="773"/>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="845"/>
        <source>This briefing has no items yet: add views to it first.</source>
        <translation>このブリーフィングにはまだ項目がありません。先に表示を追加してください。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="719"/>
        <source>Writing the deck {file}…</source>
        <translation>スライド資料 {file} を書き出しています…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="739"/>
        <source>Deck not exported: cancelled</source>
        <translation>スライド資料を書き出しませんでした：キャンセルされました</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="742"/>
        <source>A pack this briefing uses cannot be opened: {problem}.</source>
        <translation>このブリーフィングが使うデータパックを開けません：{problem}。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="746"/>
        <source>Cannot write {file}: {problem}</source>
        <translation>{file} に書き込めません：{problem}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="733"/>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="736"/>
        <source>Wrote {file} ({items})</source>
        <translation>{file} を書き出しました（{items}）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="764"/>
        <source>Briefing note</source>
        <translation>ブリーフィングメモ</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="772"/>
        <source>Nothing to write</source>
        <translation>書き出すものがありません</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="779"/>
        <source>Word document</source>
        <translation>Word 文書</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="811"/>
        <source>Writing the briefing note {file}…</source>
        <translation>ブリーフィングメモ {file} を書き出しています…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="819"/>
        <source>Wrote {file}</source>
        <translation>{file} を書き出しました</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="821"/>
        <source>Wrote the briefing note {file}</source>
        <translation>ブリーフィングメモ {file} を書き出しました</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="828"/>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="833"/>
        <source>Briefing note not written</source>
        <translation>ブリーフィングメモを書き出せませんでした</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="830"/>
        <source>Briefing note not written: {problem}</source>
        <translation>ブリーフィングメモを書き出せませんでした：{problem}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="834"/>
        <source>The note was not written.</source>
        <translation>メモは書き出されませんでした。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="844"/>
        <source>Nothing to print</source>
        <translation>印刷するものがありません</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="854"/>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="857"/>
        <source>Briefing not printed</source>
        <translation>ブリーフィングを印刷できませんでした</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="855"/>
        <source>A pack this briefing uses cannot be opened: {problem}</source>
        <translation>このブリーフィングが使うデータパックを開けません：{problem}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="892"/>
        <source>Last changed {time} UTC</source>
        <translation>最終更新 {time}（UTC）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="907"/>
        <source>No talking points yet</source>
        <translation>発言要領はまだありません</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="535"/>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="961"/>
        <source>{title} (copy from this window)</source>
        <translation>{title}（このウィンドウの版）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="824"/>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="826"/>
        <source>A pack this note uses cannot be opened: {problem}.</source>
        <translation>このメモが使うデータパックを開けません：{problem}。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="965"/>
        <source>“{title}” was changed in another window. That version is kept; your change is saved as “{copy}”.</source>
        <translation>「{title}」は別のウィンドウで変更されていました。そちらの版はそのまま残し、この変更は「{copy}」として保存しました。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="982"/>
        <source>Briefing not saved</source>
        <translation>ブリーフィングを保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="983"/>
        <source>The change was not saved: {problem}</source>
        <translation>変更を保存できませんでした：{problem}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="1040"/>
        <source>Item not renamed</source>
        <translation>項目の表題を変更できませんでした</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="1041"/>
        <source>The new title was not saved: {problem}</source>
        <translation>新しい表題を保存できませんでした：{problem}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="1046"/>
        <source>Renamed the item to “{title}”</source>
        <translation>項目の表題を「{title}」に変更しました</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="1047"/>
        <source>The item uses the view&apos;s own title</source>
        <translation>項目の表題は表示の表題のままです</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="1063"/>
        <source>Editing…</source>
        <translation>編集中…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="1077"/>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="1082"/>
        <source>Marking not saved</source>
        <translation>取扱区分表示を保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="1083"/>
        <source>The marking was not saved: {problem}</source>
        <translation>取扱区分表示を保存できませんでした：{problem}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="1087"/>
        <source>Marking set to “{marking}”</source>
        <translation>取扱区分表示を「{marking}」にしました</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="1088"/>
        <source>Marking removed</source>
        <translation>取扱区分表示を削除しました</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="1102"/>
        <source>Briefing title</source>
        <translation>ブリーフィングの表題</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="1105"/>
        <source>Title of the new briefing:</source>
        <translation>新しいブリーフィングの表題：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="1111"/>
        <source>Title of this briefing (the deck&apos;s title):</source>
        <translation>このブリーフィングの表題（スライド資料の表題）：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="1118"/>
        <source>Delete briefing?</source>
        <translation>ブリーフィングを削除しますか？</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="1119"/>
        <source>Delete the briefing “{briefing}” and its {items}? This cannot be undone.</source>
        <translation>ブリーフィング「{briefing}」とその {items}を削除しますか？ この操作は元に戻せません。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="1123"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="1124"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="1165"/>
        <source>None of its own: uses the export marking ({marking})</source>
        <translation>個別の表示なし：書き出しの取扱区分表示（{marking}）を使います</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="573"/>
        <source>Talking points not saved: {problem}</source>
        <translation>発言要領を保存できませんでした：{problem}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="1177"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="1189"/>
        <source>{file} not written</source>
        <translation>{file} は書き出されませんでした</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="1191"/>
        <source>Deck not exported: {problem}</source>
        <translation>スライド資料を書き出せませんでした：{problem}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="1193"/>
        <source>Deck not exported</source>
        <translation>スライド資料を書き出せませんでした</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="1194"/>
        <source>The deck was not written.</source>
        <translation>スライド資料は書き出されませんでした。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="1203"/>
        <source>Items using it: {items}</source>
        <translation>このデータパックを使う項目：{items}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="1214"/>
        <source>Some saved briefings could not be read; the others are here:</source>
        <translation>保存されたブリーフィングの一部を読み込めませんでした。その他のブリーフィングは表示しています：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="1216"/>
        <source>Folder: {folder}</source>
        <translation>フォルダー：{folder}</translation>
    </message>
</context>
<context>
    <name>ChartTableModel</name>
    <message>
        <location filename="../../explorer/qt/models/chart_table_model.py" line="25"/>
        <source>Sources disagree</source>
        <translation>出典間で数値が一致しません</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/chart_table_model.py" line="26"/>
        <source>No exchange rate: unconverted</source>
        <translation>換算レートなし：換算していません</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/chart_table_model.py" line="27"/>
        <source>Not a currency</source>
        <translation>通貨ではありません</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/chart_table_model.py" line="28"/>
        <source>No base period shared by every series: not indexed</source>
        <translation>全系列に共通の基準期間がないため、指数化していません</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/chart_table_model.py" line="30"/>
        <source>No earlier figure to compare with: no growth rate</source>
        <translation>比較できる前の期間の数値がないため、伸び率はありません</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/chart_table_model.py" line="32"/>
        <source>Qualified figure</source>
        <translation>上限・下限・概数として公表された数値</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/chart_table_model.py" line="33"/>
        <source>Converted with its year&apos;s rate</source>
        <translation>その年の平均レートで換算</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/chart_table_model.py" line="155"/>
        <source>As published: {figure}</source>
        <translation>公表値：{figure}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/chart_table_model.py" line="190"/>
        <source>no figure</source>
        <translation>数値なし</translation>
    </message>
</context>
<context>
    <name>ChartTableView</name>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="162"/>
        <source>Chart data table</source>
        <translation>グラフのデータ表</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="163"/>
        <source>The figures of the chart, one row per series and one column per period; Ctrl+C copies the selection, or the whole table.</source>
        <translation>グラフの数値を系列ごとに1行、期間ごとに1列で示します。Ctrl+Cで選択範囲（選択がなければ表全体）をコピーします。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="172"/>
        <source>&amp;Copy (Ctrl+C)</source>
        <translation>コピー (Ctrl+C)(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="174"/>
        <source>Copy the &amp;whole table</source>
        <translation>表全体をコピー(&amp;W)</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../explorer/qt/views/chart_hover.py" line="46"/>
        <source>Sources disagree on this figure: every value is shown.</source>
        <translation>この数値は出典間で一致しません。すべての値を示しています。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_hover.py" line="47"/>
        <source>No exchange rate for its period: shown in its own currency.</source>
        <translation>この期間の換算レートがないため、元の通貨のまま示しています。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_hover.py" line="49"/>
        <source>Not a currency: shown as published.</source>
        <translation>通貨ではないため、公表値のまま示しています。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_hover.py" line="50"/>
        <source>The series share no base period: nothing is indexed.</source>
        <translation>系列に共通の基準期間がないため、指数化していません。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_hover.py" line="51"/>
        <source>No earlier figure to compare with: no growth rate (—).</source>
        <translation>比較できる前の期間の数値がないため、伸び率はありません（—）。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_hover.py" line="53"/>
        <source>Converted with the average rate of its year.</source>
        <translation>その年の平均レートで換算しています。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_hover.py" line="57"/>
        <source>Qualified figure: the source says over {figure}</source>
        <translation>出典の記載は「{figure}超」です</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_hover.py" line="58"/>
        <source>Qualified figure: the source says under {figure}</source>
        <translation>出典の記載は「{figure}未満」です</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_hover.py" line="59"/>
        <source>Qualified figure: the source says about {figure}</source>
        <translation>出典の記載は「約{figure}」です</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_hover.py" line="60"/>
        <source>Qualified figure: the source says at least {figure}</source>
        <translation>出典の記載は「{figure}以上」です</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_hover.py" line="61"/>
        <source>Qualified figure: the source says at most {figure}</source>
        <translation>出典の記載は「{figure}以下」です</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_view.py" line="107"/>
        <source>Comparison chart</source>
        <translation>比較グラフ</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_view.py" line="123"/>
        <source>Chart title</source>
        <translation>グラフの表題</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_view.py" line="130"/>
        <source>Chart subtitle</source>
        <translation>グラフの副題</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_view.py" line="133"/>
        <source>Chart legend</source>
        <translation>凡例</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_view.py" line="144"/>
        <source>Chart plot area</source>
        <translation>グラフの描画領域</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_view.py" line="158"/>
        <source>Value under the pointer</source>
        <translation>ポインター位置の数値</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_view.py" line="166"/>
        <source>Chart message</source>
        <translation>グラフに関するお知らせ</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_view.py" line="176"/>
        <source>Chart notes and sources</source>
        <translation>グラフの注記・出典</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_view.py" line="182"/>
        <source>Chart notes</source>
        <translation>グラフの注記</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_view.py" line="247"/>
        <source>No chart is drawn. {message}</source>
        <translation>グラフは描画されていません。{message}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_view.py" line="253"/>
        <source>{first} to {last}</source>
        <translation>{first}～{last}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_view.py" line="254"/>
        <source>Bar chart</source>
        <translation>棒グラフ</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_view.py" line="254"/>
        <source>Line chart</source>
        <translation>折れ線グラフ</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_view.py" line="255"/>
        <source>{kind}: {title}. {n} series in {panels} panel(s), {span}. The Table tab lists the same figures as text; hover a bar or point for its published value and source.</source>
        <translation>{kind}：{title}。{panels}つのパネルに{n}系列、{span}。同じ数値を「表」タブに文字で示しています。棒や点にポインターを合わせると、公表値と出典を表示します。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_hover.py" line="107"/>
        <source>As published: {figure}</source>
        <translation>公表値：{figure}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_hover.py" line="110"/>
        <source>As published</source>
        <translation>公表値のまま</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_hover.py" line="125"/>
        <source>Source {marker} {source}</source>
        <translation>出典 {marker} {source}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_view.py" line="733"/>
        <source>(click to select)</source>
        <translation>（クリックで選択）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/chart_hover.py" line="159"/>
        <source>Click to select this event</source>
        <translation>クリックするとこの出来事を選択します</translation>
    </message>
</context>
<context>
    <name>ComparisonPanel</name>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="71"/>
        <source>&amp;As published</source>
        <translation>公表値のまま(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="72"/>
        <source>Con&amp;verted</source>
        <translation>通貨換算(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="73"/>
        <source>&amp;Index</source>
        <translation>指数(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="74"/>
        <source>&amp;Growth</source>
        <translation>伸び率(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="76"/>
        <source>Each figure in its own unit; different units get separate axes.</source>
        <translation>各数値を公表時の単位のまま示します。単位が異なる場合は別々の軸に描きます。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="78"/>
        <source>Currencies converted with the pack&apos;s exchange rates for each figure&apos;s period.</source>
        <translation>各数値の期間に対応する、データパックの為替レートで通貨を換算します。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="80"/>
        <source>Every series divided by its value in one base period they all share, times 100.</source>
        <translation>全系列に共通する一つの基準期間の値を100として、各系列を指数で示します。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="82"/>
        <source>Percentage change on the previous period of the same series.</source>
        <translation>同じ系列の前の期間と比べた変化率（%）です。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="85"/>
        <source>Auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="86"/>
        <source>Bars (one period)</source>
        <translation>棒グラフ（1期間）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="87"/>
        <source>Lines (over time)</source>
        <translation>折れ線グラフ（推移）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="88"/>
        <source>Linked events</source>
        <translation>関連する出来事</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="89"/>
        <source>All filtered events</source>
        <translation>絞り込み後のすべての出来事</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="90"/>
        <source>None</source>
        <translation>表示しない</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="93"/>
        <source>Trade: who sells more goods to Japan, the EU or the US? (in USD)</source>
        <translation>貿易：日本への財の輸出が多いのはEUか米国か（米ドル換算）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="95"/>
        <source>Trade: how fast are EU and US exports to Japan growing?</source>
        <translation>貿易：EUと米国の対日輸出の伸び率</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="97"/>
        <source>Investment: Japan&apos;s investment stock and pledges abroad</source>
        <translation>投資：日本の対外直接投資残高と投資表明</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="99"/>
        <source>Investment: Japan&apos;s pledge to the US under the 2025 deal</source>
        <translation>投資：2025年合意に基づく日本の対米投資表明</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="101"/>
        <source>Energy: what Japan pays for US LNG (yen and dollars)</source>
        <translation>エネルギー：日本の米国産LNG輸入額（円・ドル）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="102"/>
        <source>Defence: Japan&apos;s defence budget request (as published)</source>
        <translation>防衛：日本の防衛予算概算要求（公表値のまま）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="103"/>
        <source>Defence: the 2%-of-GDP target and when Japan reaches it</source>
        <translation>防衛：GDP比2%目標と日本の達成時期</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="105"/>
        <source>Critical minerals: how dependent is Japan on China for rare earths?</source>
        <translation>重要鉱物：日本のレアアースの中国依存度</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="107"/>
        <source>Critical minerals: the EU&apos;s dependence on outside lithium</source>
        <translation>重要鉱物：EUのリチウムの域外依存度</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="213"/>
        <source>Partner comparison</source>
        <translation>国・地域の比較</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="232"/>
        <source>Preset question</source>
        <translation>質問例</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="233"/>
        <source>A ready-made comparison to start from</source>
        <translation>あらかじめ用意された比較から始めます</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="237"/>
        <source>&amp;Question</source>
        <translation>質問例(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="244"/>
        <source>Indicator</source>
        <translation>指標</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="245"/>
        <source>What to compare, grouped by domain</source>
        <translation>比較する指標（分野別）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="251"/>
        <source>I&amp;ndicator</source>
        <translation>指標(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="254"/>
        <source>Indicator description</source>
        <translation>指標の説明</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="262"/>
        <source>Series to compare</source>
        <translation>比較する系列</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="263"/>
        <source>Tick the reporter and partner pairs to draw</source>
        <translation>描画する報告国・地域と相手国・地域の組み合わせにチェックを入れます</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="267"/>
        <source>Series hint</source>
        <translation>系列に関するヒント</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="272"/>
        <source>Series hidden by the partner filter</source>
        <translation>国・地域の絞り込みで非表示の系列</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="275"/>
        <source>Show &amp;them too</source>
        <translation>これらも表示(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="276"/>
        <source>Show the hidden series</source>
        <translation>非表示の系列を表示</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="278"/>
        <source>Adds their partners to the partner filter</source>
        <translation>該当する国・地域を絞り込みに追加します</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="282"/>
        <source>&amp;Series</source>
        <translation>系列(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="290"/>
        <source>&amp;Basis</source>
        <translation>表示方法(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="296"/>
        <source>Basis: {name}</source>
        <translation>表示方法：{name}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="305"/>
        <source>Target currency</source>
        <translation>換算先の通貨</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="311"/>
        <source>Base period of the index</source>
        <translation>指数の基準期間</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="314"/>
        <source>C&amp;urrency</source>
        <translation>通貨(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="316"/>
        <source>Base (= 100)</source>
        <translation>基準期間（＝100）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="322"/>
        <source>Exchange rates used</source>
        <translation>使用した為替レート</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="328"/>
        <source>&amp;Chart</source>
        <translation>グラフ(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="331"/>
        <source>Chart kind</source>
        <translation>グラフの種類</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="337"/>
        <source>Period of the bars</source>
        <translation>棒グラフの期間</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="341"/>
        <source>Event markers</source>
        <translation>出来事の表示</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="342"/>
        <source>Events drawn as vertical lines on time-series charts</source>
        <translation>推移のグラフに出来事を縦線で示します</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="348"/>
        <source>&amp;Link time axes to the timeline</source>
        <translation>時間軸を年表に連動(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="349"/>
        <source>Link time axes</source>
        <translation>時間軸の連動</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="350"/>
        <source>The chart&apos;s time axis follows the timeline&apos;s visible range</source>
        <translation>グラフの時間軸を年表の表示範囲に合わせます</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="353"/>
        <source>&amp;Kind</source>
        <translation>種類(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="353"/>
        <source>&amp;Period</source>
        <translation>期間(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="354"/>
        <source>&amp;Events</source>
        <translation>出来事(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="363"/>
        <source>Comparison settings</source>
        <translation>比較の設定</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="379"/>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="394"/>
        <source>Table notes and sources</source>
        <translation>表の注記・出典</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="382"/>
        <source>C&amp;opy table</source>
        <translation>表をコピー(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="383"/>
        <source>Copy the table as text</source>
        <translation>表をテキストとしてコピー</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="408"/>
        <source>Chart or table</source>
        <translation>グラフまたは表</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="409"/>
        <source>C&amp;hart</source>
        <translation>グラフ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="410"/>
        <source>&amp;Table</source>
        <translation>表(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="415"/>
        <source>Chart warnings</source>
        <translation>グラフに関する注意</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="429"/>
        <source>Compare partners</source>
        <translation>国・地域を比較</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="435"/>
        <source>How to start a comparison</source>
        <translation>比較の始め方</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="455"/>
        <source>Comparison results</source>
        <translation>比較の結果</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="628"/>
        <source>Choose a question…</source>
        <translation>質問例を選択…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="636"/>
        <source>Choose an indicator…</source>
        <translation>指標を選択…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="662"/>
        <source>Preset question: {question}</source>
        <translation>質問例：{question}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="748"/>
        <source>Latest of each series</source>
        <translation>各系列の最新期間</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="758"/>
        <source>Latest shared: {period}</source>
        <translation>共通する最新期間：{period}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="759"/>
        <source>None shared</source>
        <translation>共通期間なし</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="770"/>
        <source>Only periods for which every compared series has a figure</source>
        <translation>比較するすべての系列に数値がある期間のみ選べます</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="772"/>
        <source>The compared series share no period: nothing is indexed</source>
        <translation>比較する系列に共通の期間がないため、指数化していません</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="811"/>
        <source>Loading the pack…</source>
        <translation>データパックを読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="812"/>
        <source>Open a pack to compare partners.</source>
        <translation>国・地域を比較するには、データパックを開いてください。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="816"/>
        <source>Pick a question below, or choose an indicator on the left and the partners to compare. Figures stay as published unless you convert them; every number keeps its source.</source>
        <translation>下の質問例を選ぶか、左側で指標と比較する国・地域を選んでください。換算しない限り数値は公表値のまま示し、すべての数値に出典を付けます。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="819"/>
        <source>Choose an indicator on the left and the partners to compare.</source>
        <translation>左側で指標と比較する国・地域を選んでください。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="906"/>
        <source>No figure needed converting.</source>
        <translation>換算が必要な数値はありません。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="938"/>
        <source>Keep at least one series.</source>
        <translation>少なくとも1つの系列を選んでください。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="972"/>
        <source>1 ticked series is hidden by the partner filter: {names}</source>
        <translation>チェックした1系列が国・地域の絞り込みで非表示になっています：{names}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/comparison_panel.py" line="974"/>
        <source>{n} ticked series are hidden by the partner filter: {names}</source>
        <translation>チェックした{n}系列が国・地域の絞り込みで非表示になっています：{names}</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="175"/>
        <source>Event details</source>
        <translation>出来事の詳細</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="177"/>
        <source>The selected event: its dates, status, parties, summary, life cycle, related figures and sources.</source>
        <translation>選択した出来事の日付、状況、当事者、概要、経過、関連する数値および出典を表示します。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="187"/>
        <location filename="../../explorer/qt/views/detail_panel.py" line="196"/>
        <source>Pack author&apos;s notes</source>
        <translation>データパック作成者のメモ</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="188"/>
        <source>Shows or hides the pack author&apos;s notes.</source>
        <translation>データパック作成者のメモを表示または非表示にします。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="190"/>
        <source>Working notes of whoever built the pack: slips found, what could not be confirmed. Not shown on slides or images.</source>
        <translation>データパック作成者の作業メモです（見つかった誤り、確認できなかった点など）。スライドや画像には表示されません。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="211"/>
        <source>&amp;My note (private, saved on this computer)</source>
        <translation>自分のメモ（非公開、このコンピューターに保存）(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="213"/>
        <source>My note on this event</source>
        <translation>この出来事についての自分のメモ</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="215"/>
        <source>Your own note on the selected event, saved on this computer as you type.</source>
        <translation>選択した出来事についての自分用のメモです。入力するとこのコンピューターに保存されます。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="220"/>
        <source>Note status</source>
        <translation>メモの保存状況</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="227"/>
        <source>Notes notice</source>
        <translation>メモに関するお知らせ</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="233"/>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="234"/>
        <source>Retry saving the note</source>
        <translation>メモの保存を再試行</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="236"/>
        <source>&amp;Copy text</source>
        <translation>テキストをコピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="237"/>
        <source>Copy the note&apos;s text</source>
        <translation>メモのテキストをコピー</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="239"/>
        <source>Copies the note to the clipboard, to keep it elsewhere while it cannot be saved.</source>
        <translation>保存できない間、別の場所に控えておけるよう、メモをクリップボードにコピーします。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="241"/>
        <source>Use &amp;theirs</source>
        <translation>別ウィンドウの版を使う(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="242"/>
        <source>Use the other window&apos;s note</source>
        <translation>別のウィンドウのメモを使う</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="244"/>
        <source>Replaces the text here by the note saved in the other window.</source>
        <translation>ここのテキストを、別のウィンドウで保存されたメモに置き換えます。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="246"/>
        <source>&amp;Keep mine</source>
        <translation>こちらの版を残す(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="247"/>
        <source>Keep my note</source>
        <translation>こちらのメモを残す</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="249"/>
        <source>Saves the text here over the note saved in the other window.</source>
        <translation>別のウィンドウで保存されたメモに代えて、ここのテキストを保存します。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="326"/>
        <source>Pack author&apos;s notes ({n})</source>
        <translation>データパック作成者のメモ（{n}件）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="328"/>
        <source>Working notes of the pack&apos;s author. They are not shown on slides, images or briefing notes.</source>
        <translation>データパック作成者の作業メモです。スライド、画像、ブリーフィング資料には表示されません。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="345"/>
        <source>Write a note on this event…</source>
        <translation>この出来事についてのメモを入力…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="346"/>
        <source>Select an event to write a note.</source>
        <translation>メモを書くには出来事を選択してください。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="365"/>
        <source>Your notes were written by a newer Briefing Explorer; they are shown read-only. Update the app to edit them.</source>
        <translation>メモは新しいバージョンのBriefing Explorerで保存されたため、閲覧のみ可能です。編集するにはアプリを更新してください。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="368"/>
        <source>Your notes cannot be saved on this computer ({reason}); they are shown read-only.</source>
        <translation>このコンピューターではメモを保存できないため（{reason}）、閲覧のみ可能です。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="371"/>
        <source>Restored 1 unsaved note typed before Briefing Explorer last closed.</source>
        <translation>Briefing Explorerが前回終了する前に入力され、保存されていなかったメモを1件復元しました。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="373"/>
        <source>Restored {n} unsaved notes typed before Briefing Explorer last closed.</source>
        <translation>Briefing Explorerが前回終了する前に入力され、保存されていなかったメモを{n}件復元しました。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="383"/>
        <source>Not saved: {reason}</source>
        <translation>保存できませんでした：{reason}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="385"/>
        <source>Changed in another window since it was opened here. Your text is kept; choose which to keep.</source>
        <translation>ここで開いた後、別のウィンドウで変更されました。こちらのテキストは残してあります。どちらを残すか選んでください。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="388"/>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="390"/>
        <source>Saved</source>
        <translation>保存しました</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="451"/>
        <source>(Copied.)</source>
        <translation>（コピーしました）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="486"/>
        <source>Not saved: {message}</source>
        <translation>保存できませんでした：{message}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="501"/>
        <source>Open link?</source>
        <translation>リンクを開きますか？</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="502"/>
        <source>Open this address in your web browser?

{url}

Briefing Explorer itself never goes online; the browser will, if you have a network.</source>
        <translation>このアドレスをウェブブラウザーで開きますか？

{url}

Briefing Explorer 自体はインターネットに接続しませんが、ネットワークに接続されている場合、ブラウザーは接続します。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="512"/>
        <source>No pack open.</source>
        <translation>データパックが開かれていません。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="515"/>
        <source>Select an event on the timeline or in the table to see its details, life cycle and sources.</source>
        <translation>年表または一覧表で出来事を選択すると、その詳細、経過および出典が表示されます。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="533"/>
        <source>From pack: {name}</source>
        <translation>データパック：{name}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="539"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="540"/>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="541"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="542"/>
        <source>Parties</source>
        <translation>当事者</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="543"/>
        <source>Domains</source>
        <translation>分野</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="568"/>
        <source>Life cycle</source>
        <translation>経過</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="573"/>
        <source>Related indicators</source>
        <translation>関連する指標</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="575"/>
        <source>show in charts</source>
        <translation>グラフで表示</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="590"/>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="592"/>
        <source>open…</source>
        <translation>開く…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="620"/>
        <source>This event</source>
        <translation>この出来事</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="624"/>
        <source>Source [{id}]: {citation}</source>
        <translation>出典 [{id}]：{citation}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/detail_panel.py" line="632"/>
        <source>Figure: {indicator}, {reporter} {period} ({figure})</source>
        <translation>数値：{indicator}、{reporter} {period}（{figure}）</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../explorer/qt/error_dialog.py" line="32"/>
        <source>Unexpected error</source>
        <translation>予期しないエラー</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/error_dialog.py" line="41"/>
        <source>Error details</source>
        <translation>エラーの詳細</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/error_dialog.py" line="43"/>
        <source>Copy details</source>
        <translation>詳細をコピー</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/error_dialog.py" line="44"/>
        <source>Copy the error&apos;s details</source>
        <translation>エラーの詳細をコピーします</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../explorer/qt/error_dialog.py" line="74"/>
        <source>Something went wrong. Briefing Explorer is still running, and your notes and briefings are saved as you type them.</source>
        <translation>問題が発生しました。Briefing Explorer は引き続き動作しています。メモとブリーフィングは入力のたびに保存されています。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/error_dialog.py" line="77"/>
        <source>The details are in the log on this computer: {path}</source>
        <translation>詳細はこのコンピューターのログに記録されています：{path}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/error_dialog.py" line="80"/>
        <source>{n} more errors happened since; they are in the log.</source>
        <translation>その後さらに {n} 件のエラーが発生しました。ログに記録されています。</translation>
    </message>
</context>
<context>
    <name>EventTable</name>
    <message>
        <location filename="../../explorer/qt/views/event_table.py" line="34"/>
        <source>Events table</source>
        <translation>出来事の一覧表</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/event_table.py" line="36"/>
        <source>The events the filters keep, one per row; choose a row to see its details. Click a column heading to sort by it.</source>
        <translation>絞り込み条件に合う出来事を1行に1件ずつ表示します。行を選ぶと詳細が表示されます。列見出しをクリックすると並べ替えます。</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <location filename="../../explorer/qt/models/event_table_model.py" line="32"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/event_table_model.py" line="33"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/event_table_model.py" line="34"/>
        <source>Parties</source>
        <translation>当事者</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/event_table_model.py" line="35"/>
        <source>Domains</source>
        <translation>分野</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/event_table_model.py" line="36"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/event_table_model.py" line="37"/>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/event_table_model.py" line="39"/>
        <source>Pack</source>
        <translation>データパック</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/event_table_model.py" line="492"/>
        <source>Has a note</source>
        <translation>メモあり</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/event_table_model.py" line="495"/>
        <source>{title} (has a note)</source>
        <translation>{title}（メモあり）</translation>
    </message>
</context>
<context>
    <name>EventsInViewList</name>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="191"/>
        <source>Events in view</source>
        <translation>表示中の出来事</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="193"/>
        <source>The events the timeline shows now, in date order; the current one is the selected event</source>
        <translation>年表に現在表示されている出来事（日付順）。現在の項目が選択中の出来事です</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="43"/>
        <source>PNG picture</source>
        <translation>PNG 画像</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="44"/>
        <source>SVG (vector)</source>
        <translation>SVG（ベクター）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="45"/>
        <source>PDF (vector)</source>
        <translation>PDF（ベクター）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="46"/>
        <source>PowerPoint (editable chart)</source>
        <translation>PowerPoint（編集可能なグラフ）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="47"/>
        <source>CSV (data)</source>
        <translation>CSV（データ）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="48"/>
        <source>Excel workbook (data)</source>
        <translation>Excel ブック（データ）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="49"/>
        <source>Slide 16:9, 1920 × 1080</source>
        <translation>スライド 16:9、1920 × 1080</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="50"/>
        <source>Slide 16:9, 1280 × 720</source>
        <translation>スライド 16:9、1280 × 720</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="51"/>
        <source>Slide 4:3, 1600 × 1200</source>
        <translation>スライド 4:3、1600 × 1200</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="52"/>
        <source>Custom…</source>
        <translation>サイズを指定…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="67"/>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="76"/>
        <source>&amp;What</source>
        <translation>書き出す対象(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="83"/>
        <source>Export {what}</source>
        <translation>{what}を書き出す</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="95"/>
        <source>Slide title</source>
        <translation>スライドの表題</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="96"/>
        <source>Pre-filled with the view&apos;s own title; what you type is printed on the slide</source>
        <translation>表示中の画面の表題が入っています。入力した表題がスライドに印字されます</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="100"/>
        <source>Slide subtitle</source>
        <translation>スライドの副題</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="106"/>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="114"/>
        <source>Slide size</source>
        <translation>スライドのサイズ</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="119"/>
        <source>Custom width</source>
        <translation>幅（指定）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="120"/>
        <source>Custom height</source>
        <translation>高さ（指定）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="123"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="138"/>
        <source>Pixel scale</source>
        <translation>画素倍率</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="139"/>
        <source>How many pixels a PNG has per pixel of the slide size</source>
        <translation>スライドのサイズ 1 画素あたりの PNG の画素数</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="145"/>
        <source>SVG: text as outlines (opens without the font; not searchable)</source>
        <translation>SVG：文字をアウトライン化（フォントがなくても開けますが、文字の検索はできません）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="147"/>
        <source>SVG text as outlines</source>
        <translation>SVG の文字をアウトライン化</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="151"/>
        <source>e.g. RESTRICTED — FOR BRIEFING ONLY</source>
        <translation>例：取扱注意 ― 説明用に限る</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="152"/>
        <source>Handling marking</source>
        <translation>取扱区分表示</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="153"/>
        <source>Printed at the top and bottom of what is exported</source>
        <translation>書き出したものの上端と下端に印字されます</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="156"/>
        <source>Require a marking before any export</source>
        <translation>書き出し前に取扱区分表示を必須にする</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="157"/>
        <source>Require a marking</source>
        <translation>取扱区分表示を必須とする</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="169"/>
        <source>&amp;Title</source>
        <translation>表題(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="170"/>
        <source>S&amp;ubtitle</source>
        <translation>副題(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="171"/>
        <source>&amp;Format</source>
        <translation>形式(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="171"/>
        <source>Si&amp;ze</source>
        <translation>サイズ(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="172"/>
        <source>S&amp;cale (PNG)</source>
        <translation>倍率（PNG）(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="173"/>
        <source>&amp;Marking</source>
        <translation>取扱区分表示(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="184"/>
        <source>Export hint</source>
        <translation>書き出しについての注意</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="187"/>
        <source>&amp;Export…</source>
        <translation>書き出し(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="189"/>
        <source>Export to a file</source>
        <translation>ファイルに書き出す</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="191"/>
        <location filename="../../explorer/qt/views/export_dialog.py" line="192"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="199"/>
        <source>Preview of the slide</source>
        <translation>スライドのプレビュー</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="205"/>
        <source>Preview note</source>
        <translation>プレビューについての注記</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="322"/>
        <source>No preview for data files</source>
        <translation>データファイルにはプレビューがありません</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="328"/>
        <source>No preview: {problem}</source>
        <translation>プレビューを表示できません：{problem}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="344"/>
        <source>Taller than the slide size: every source and every unlabelled event is listed below the picture (filter or choose a range for a slide-shaped picture).</source>
        <translation>スライドのサイズより縦に長くなります。すべての出典と、名前を表示していない出来事を図の下に列記するためです（スライドの形に収めるには、絞り込むか期間を選んでください）。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="359"/>
        <source>Nothing to export yet: open a pack, choose an indicator or select an event.</source>
        <translation>書き出すものがまだありません。データパックを開き、指標を選ぶか出来事を選択してください。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="361"/>
        <source>{format} holds a chart&apos;s data: choose Chart or Table.</source>
        <translation>{format} はグラフのデータを収める形式です。グラフまたは表を選んでください。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="365"/>
        <source>The marking has no visible character (only spaces, zero-width or control characters): type a marking or leave it empty.</source>
        <translation>取扱区分表示に表示される文字がありません（空白、ゼロ幅文字または制御文字のみ）。取扱区分表示を入力するか、空欄にしてください。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="368"/>
        <source>The marking contains a control character: remove it.</source>
        <translation>取扱区分表示に制御文字が含まれています。削除してください。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="424"/>
        <source>Export failed</source>
        <translation>書き出しに失敗しました</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="425"/>
        <source>{file} was not written:
{problem}</source>
        <translation>{file} は書き出されませんでした：
{problem}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="428"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="438"/>
        <source>Export to</source>
        <translation>書き出し先</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/export_dialog.py" line="370"/>
        <source>A handling marking is required before any export.</source>
        <translation>書き出しの前に取扱区分表示を入力してください。</translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <location filename="../../explorer/qt/export_service.py" line="284"/>
        <source>A pack this export uses cannot be opened: {problem}.</source>
        <translation>この書き出しが使うデータパックを開けません：{problem}。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/export_service.py" line="290"/>
        <source>Cannot write {file}: {problem}</source>
        <translation>{file} に書き込めません：{problem}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/export_service.py" line="297"/>
        <source>Internal error while exporting ({problem}). Please report it.</source>
        <translation>書き出し中に内部エラーが発生しました（{problem}）。報告してください。</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/file_page.py" line="142"/>
        <source>The file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/file_page.py" line="143"/>
        <source>Choose a CSV, TSV, TXT or Excel (XLSX) file. Check how it was read, and change anything that looks wrong: the preview follows at once.</source>
        <translation>CSV、TSV、TXT または Excel（XLSX）のファイルを選んでください。読み込み方を確認し、正しくない点があれば変更してください。プレビューはすぐに更新されます。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/file_page.py" line="147"/>
        <source>A .csv, .tsv, .txt or .xlsx file</source>
        <translation>.csv、.tsv、.txt または .xlsx のファイル</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/file_page.py" line="148"/>
        <source>File to import</source>
        <translation>取り込むファイル</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/file_page.py" line="150"/>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/file_page.py" line="151"/>
        <source>Browse for the file to import</source>
        <translation>取り込むファイルを参照</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/file_page.py" line="154"/>
        <source>Encoding</source>
        <translation>文字コード</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/file_page.py" line="157"/>
        <source>e.g. latin-1, euc-jp, gb18030</source>
        <translation>例：latin-1、euc-jp、gb18030</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/file_page.py" line="158"/>
        <source>Other encoding</source>
        <translation>その他の文字コード</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/file_page.py" line="163"/>
        <source>Delimiter</source>
        <translation>区切り文字</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/file_page.py" line="170"/>
        <source>Header row</source>
        <translation>見出し行</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/file_page.py" line="172"/>
        <source>The row holding the column names, counting from 1 as a spreadsheet does; rows above it are titles and are not imported</source>
        <translation>列名が書かれた行（表計算ソフトと同じく 1 から数えます）。それより上の行は表題とみなし、取り込みません</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/file_page.py" line="179"/>
        <source>Sheet</source>
        <translation>シート</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/file_page.py" line="180"/>
        <source>none (not a workbook)</source>
        <translation>なし（ブックではありません）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/file_page.py" line="188"/>
        <source>How the file was read</source>
        <translation>ファイルの読み込み方</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/file_page.py" line="192"/>
        <source>Problem reading the file</source>
        <translation>ファイルの読み込みの問題</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/file_page.py" line="202"/>
        <source>Preview of the first rows</source>
        <translation>先頭の行のプレビュー</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/file_page.py" line="215"/>
        <source>&amp;Encoding</source>
        <translation>文字コード(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/file_page.py" line="216"/>
        <source>&amp;Delimiter</source>
        <translation>区切り文字(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/file_page.py" line="217"/>
        <source>&amp;Header row</source>
        <translation>見出し行(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/file_page.py" line="218"/>
        <source>&amp;Sheet</source>
        <translation>シート(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/file_page.py" line="230"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/file_page.py" line="302"/>
        <source>Reading {file}…</source>
        <translation>{file} を読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/file_page.py" line="321"/>
        <source>✖ {problem}</source>
        <translation>× {problem}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/file_page.py" line="324"/>
        <source>✖ Internal error (please report it): {detail}</source>
        <translation>× 内部エラーが発生しました（開発担当者に報告してください）：{detail}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/file_page.py" line="352"/>
        <source>, sheet {sheet}</source>
        <translation>、シート {sheet}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/file_page.py" line="353"/>
        <source>{file}{sheet}: {columns} columns, {rows} rows after the header (row {header}).</source>
        <translation>{file}{sheet}：{columns} 列、見出し（{header} 行目）の後に {rows} 行。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/file_page.py" line="363"/>
        <source>Detected ({what})</source>
        <translation>自動判定（{what}）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/file_page.py" line="389"/>
        <source>Import data from</source>
        <translation>データの取り込み元</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="66"/>
        <source>a formal party</source>
        <translation>当事者のみ</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="67"/>
        <source>a party or involved</source>
        <translation>当事者または関係国</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="151"/>
        <source>{name} ({n}, +{m} involved)</source>
        <translation>{name}（{n}件、関係 +{m}件）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="246"/>
        <source>Titles, 日本語, notes…</source>
        <translation>表題・日本語・メモを検索…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="247"/>
        <source>Search titles, summaries, Japanese text and names, and notes</source>
        <translation>表題、概要、日本語の記載と名称、メモを検索します</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="249"/>
        <source>Search events</source>
        <translation>出来事を検索</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="251"/>
        <source>Words in titles, summaries, Japanese text and names, and notes</source>
        <translation>表題、概要、日本語の記載と名称、メモに含まれる語句</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="262"/>
        <source>From date</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="262"/>
        <source>To date</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="263"/>
        <source>e.g. 2019 or 2019-02</source>
        <translation>例：2019、2019-02</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="264"/>
        <location filename="../../explorer/qt/views/filter_bar.py" line="266"/>
        <source>A year, a month or a day: YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>年（2019）、年月（2019-02）、年月日（2019-02-01）のいずれかで入力します</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="274"/>
        <location filename="../../explorer/qt/views/filter_bar.py" line="521"/>
        <source>Date range</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="522"/>
        <source>Drag either end to narrow the dates, by month</source>
        <translation>両端をドラッグすると、月単位で期間を絞り込めます</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="276"/>
        <source>Partners</source>
        <translation>国・地域</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="277"/>
        <source>Domains</source>
        <translation>分野</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="278"/>
        <source>Kinds</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="279"/>
        <source>Statuses</source>
        <translation>状況</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="280"/>
        <source>Packs</source>
        <translation>データパック</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="283"/>
        <source>Tick to show only events with these; none ticked shows all. Space ticks.</source>
        <translation>チェックした項目に当てはまる出来事だけを表示します。何もチェックしなければすべて表示します。スペースキーでチェックできます。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="287"/>
        <source>Partner is</source>
        <translation>国・地域の関わり方</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="293"/>
        <source>A formal party: events the partner signed, decided, met or acted in.
A party or involved: also events that only concern or mention it (a place, a target, a commentator).</source>
        <translation>当事者のみ：その国・地域が署名、決定、会談、実施した出来事。
当事者または関係国：その国・地域に関係する、または言及がある出来事も含めます（場所、対象、論評など）。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="301"/>
        <source>Untick a pack to hide its events and figures; one always stays shown</source>
        <translation>チェックを外すと、そのデータパックの出来事と統計値が非表示になります。少なくとも1つは常に表示されます</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="305"/>
        <source>Filter result count</source>
        <translation>絞り込み結果の件数</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="306"/>
        <source>C&amp;lear filters</source>
        <translation>絞り込みを解除(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="307"/>
        <source>Clear filters</source>
        <translation>絞り込みを解除</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="308"/>
        <source>Show every event again</source>
        <translation>すべての出来事を再び表示します</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="315"/>
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="319"/>
        <source>Dates</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="321"/>
        <source>F&amp;rom</source>
        <translation>開始(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="323"/>
        <source>&amp;To</source>
        <translation>終了(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="333"/>
        <source>Pa&amp;cks</source>
        <translation>データパック(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="338"/>
        <source>&amp;Partners</source>
        <translation>国・地域(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="338"/>
        <source>Do&amp;mains</source>
        <translation>分野(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="339"/>
        <source>&amp;Kinds</source>
        <translation>種類(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="339"/>
        <source>St&amp;atuses</source>
        <translation>状況(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="345"/>
        <source>Partner &amp;is</source>
        <translation>関わり方(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="353"/>
        <source>Filters</source>
        <translation>絞り込み</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="448"/>
        <source>Showing {shown} of {total} events</source>
        <translation>{total}件中{shown}件を表示</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="486"/>
        <source>To: {problem}</source>
        <translation>終了：{problem}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="486"/>
        <source>From: {problem}</source>
        <translation>開始：{problem}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="499"/>
        <source>The end date is before the start date.</source>
        <translation>終了日が開始日より前になっています。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/filter_bar.py" line="537"/>
        <source>{start} to {end}</source>
        <translation>{start}～{end}</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/import_page.py" line="58"/>
        <source>Import</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/import_page.py" line="59"/>
        <source>The new pack is written as a folder and opened alongside the current one. The whole file is read now; you can cancel at any time and nothing is written.</source>
        <translation>新しいデータパックはフォルダーとして保存され、現在のデータパックと並べて開かれます。ここでファイル全体を読み込みます。いつでもキャンセルでき、その場合は何も保存されません。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/import_page.py" line="70"/>
        <source>Pack folder</source>
        <translation>データパックのフォルダー</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/import_page.py" line="73"/>
        <source>Bro&amp;wse…</source>
        <translation>参照(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/import_page.py" line="74"/>
        <source>Browse for the pack folder</source>
        <translation>データパックのフォルダーを参照</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/import_page.py" line="78"/>
        <source>About the pack folder</source>
        <translation>データパックのフォルダーについて</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/import_page.py" line="80"/>
        <source>Pack title</source>
        <translation>データパックの表題</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/import_page.py" line="82"/>
        <source>&amp;Import</source>
        <translation>取り込み(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/import_page.py" line="83"/>
        <source>Start the import</source>
        <translation>取り込みを開始</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/import_page.py" line="86"/>
        <source>&amp;Cancel import</source>
        <translation>取り込みをキャンセル(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/import_page.py" line="87"/>
        <source>Cancel import</source>
        <translation>取り込みをキャンセル</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/import_page.py" line="91"/>
        <source>Import progress</source>
        <translation>取り込みの進行状況</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/import_page.py" line="95"/>
        <source>Import stage</source>
        <translation>取り込みの段階</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/import_page.py" line="98"/>
        <source>Import status</source>
        <translation>取り込みの状況</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/import_page.py" line="106"/>
        <source>Pack &amp;folder</source>
        <translation>データパックのフォルダー(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/import_page.py" line="107"/>
        <source>Pack &amp;title</source>
        <translation>データパックの表題(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/import_page.py" line="133"/>
        <source>{file} (imported)</source>
        <translation>{file}（取り込み）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/import_page.py" line="148"/>
        <source>Choose a folder for the pack.</source>
        <translation>データパックのフォルダーを選んでください。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/import_page.py" line="150"/>
        <source>An earlier import of {file} is there: it will be updated (a window showing it reloads).</source>
        <translation>以前に取り込んだ {file} のデータパックがあります。これを更新します（表示中のウィンドウは再読み込みします）。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/import_page.py" line="154"/>
        <source>This folder is not empty and was not written by an import: choose another.</source>
        <translation>このフォルダーは空ではなく、取り込みで作成したものでもありません。別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/import_page.py" line="157"/>
        <source>A new folder.</source>
        <translation>新しいフォルダーです。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/import_page.py" line="183"/>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/import_page.py" line="210"/>
        <source>✔ {summary}.
Pack written to {folder}</source>
        <translation>○ {summary}。
データパックの保存先：{folder}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/import_page.py" line="221"/>
        <source>Import cancelled: nothing was written.</source>
        <translation>取り込みをキャンセルしました。何も保存されていません。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/import_page.py" line="228"/>
        <source>✖ Not imported: {problem}</source>
        <translation>× 取り込めませんでした：{problem}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/import_page.py" line="234"/>
        <source>Folder for the new pack</source>
        <translation>新しいデータパックのフォルダー</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/common.py" line="45"/>
        <source>Tables</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/common.py" line="46"/>
        <source>All files</source>
        <translation>すべてのファイル</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/common.py" line="50"/>
        <source>Import mapping</source>
        <translation>取り込みの対応表</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/common.py" line="55"/>
        <source>Other…</source>
        <translation>その他…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/common.py" line="56"/>
        <source>Comma  ,</source>
        <translation>カンマ  ,</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/common.py" line="57"/>
        <source>Semicolon  ;</source>
        <translation>セミコロン  ;</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/common.py" line="58"/>
        <source>Tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/common.py" line="59"/>
        <source>Pipe  |</source>
        <translation>縦線  |</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/common.py" line="60"/>
        <source>comma</source>
        <translation>カンマ</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/common.py" line="61"/>
        <source>semicolon</source>
        <translation>セミコロン</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/common.py" line="62"/>
        <source>tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/common.py" line="63"/>
        <source>pipe</source>
        <translation>縦線</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/common.py" line="65"/>
        <source>Events: agreements, summits, policies (one per row)</source>
        <translation>出来事：協定、首脳会談、政策など（1 行に 1 件）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/common.py" line="66"/>
        <source>Figures: observations (one value per row, or one column per period)</source>
        <translation>統計値：観測値（1 行に 1 値、または期間ごとに 1 列）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/common.py" line="68"/>
        <source>Exchange rates</source>
        <translation>為替レート</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/common.py" line="69"/>
        <source>Actors: countries, blocs, organisations</source>
        <translation>関係者：国、地域統合体、国際機関</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/common.py" line="71"/>
        <source>&amp;Detect</source>
        <translation>自動判定(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/common.py" line="72"/>
        <source>Da&amp;y first (31/12/2001)</source>
        <translation>日が先（31/12/2001）(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/common.py" line="73"/>
        <source>Month &amp;first (12/31/2001)</source>
        <translation>月が先（12/31/2001）(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/common.py" line="74"/>
        <source>as written</source>
        <translation>記載のまま</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/common.py" line="75"/>
        <source>cut to the year</source>
        <translation>年単位に切り詰め</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/common.py" line="76"/>
        <source>cut to the month</source>
        <translation>月単位に切り詰め</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/common.py" line="81"/>
        <source>made from the title</source>
        <translation>表題から作成</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/common.py" line="82"/>
        <source>“Imported from FILE, row N.”</source>
        <translation>「ファイル名の N 行目から取り込み」</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/common.py" line="83"/>
        <location filename="../../explorer/qt/views/import_wizard/common.py" line="84"/>
        <location filename="../../explorer/qt/views/import_wizard/common.py" line="86"/>
        <source>the imported file</source>
        <translation>取り込んだファイル</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/common.py" line="85"/>
        <source>0 (units as written)</source>
        <translation>0（記載の単位のまま）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/common.py" line="87"/>
        <source>from the actor lookup, else from the name</source>
        <translation>関係者の照合表から、なければ名称から作成</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/common.py" line="88"/>
        <location filename="../../explorer/qt/views/import_wizard/common.py" line="89"/>
        <source>from the actor lookup</source>
        <translation>関係者の照合表から</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/common.py" line="95"/>
        <source>(choose a column for it, or type a value for every row)</source>
        <translation>（列を選ぶか、全行に共通の値を入力してください）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/common.py" line="97"/>
        <source>choose one for indicator.domain below</source>
        <translation>下の indicator.domain で分野を選んでください</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/common.py" line="98"/>
        <source>(see “Dates” below)</source>
        <translation>（下の「日付」を参照）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/common.py" line="100"/>
        <source>choose which under “Country codes as numbers”</source>
        <translation>「数字で書かれた国コード」でどちらかを選んでください</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/common.py" line="103"/>
        <source>decide from the values</source>
        <translation>値から判定</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/common.py" line="104"/>
        <source>ISO 3166-1 numeric (392 = Japan)</source>
        <translation>ISO 3166-1 数字コード（392 = 日本）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/common.py" line="105"/>
        <source>Correlates of War (740 = Japan)</source>
        <translation>Correlates of War（740 = 日本）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="113"/>
        <source>Check the delimiter and quoting, or repair the line in the file.</source>
        <translation>区切り文字と引用符を確認するか、ファイルの該当行を修正してください。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="115"/>
        <source>Give each row its own id, or map no id column so ids are made from titles.</source>
        <translation>行ごとに異なる ID を付けてください。または ID の列を割り当てず、表題から ID を作成させてください。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="117"/>
        <source>Map the text to one of the allowed values.</source>
        <translation>この文字列を、使用できる値のいずれかに対応付けてください。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="118"/>
        <source>Map the text to a three-letter ISO 4217 code such as JPY.</source>
        <translation>この文字列を、JPY などの ISO 4217 の 3 文字のコードに対応付けてください。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="120"/>
        <source>Map the number to an actor, or say it means no value.</source>
        <translation>この番号を関係者に対応付けるか、値なしを意味することを指定してください。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="122"/>
        <source>Map the text to an actor, or say it means no value.</source>
        <translation>この文字列を関係者に対応付けるか、値なしを意味することを指定してください。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="123"/>
        <source>Give the indicator a name with letters or digits.</source>
        <translation>指標に、文字または数字を含む名称を付けてください。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="124"/>
        <source>Give the row an id or a name with letters or digits.</source>
        <translation>この行に、文字または数字を含む ID または名称を付けてください。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="125"/>
        <source>Map the text to an existing domain.</source>
        <translation>この文字列を既存の分野に対応付けてください。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="126"/>
        <source>Correct the date in the file, or choose another date column.</source>
        <translation>ファイルの日付を修正するか、別の日付の列を選んでください。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="128"/>
        <source>Say whether the file writes the day or the month first.</source>
        <translation>このファイルの日付が日と月のどちらを先に書いているかを指定してください。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="130"/>
        <source>Correct the number in the file, or check the decimal mark.</source>
        <translation>ファイルの数値を修正するか、小数点の記号を確認してください。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="132"/>
        <source>Correct the whole number in the file.</source>
        <translation>ファイルの整数を修正してください。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="133"/>
        <source>Fill the cell, map another column, or give a value for every row.</source>
        <translation>セルに値を入力するか、別の列を割り当てるか、全行に共通の値を指定してください。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="135"/>
        <source>Say the token is a value in this column, or fill the cell.</source>
        <translation>この列ではこの欠損値の記号を値として扱うよう指定するか、セルに値を入力してください。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="137"/>
        <source>Map a kind column, or give one kind for every row.</source>
        <translation>種類の列を割り当てるか、全行に共通の種類を指定してください。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="139"/>
        <source>Check the start and end dates (day order, year).</source>
        <translation>開始日と終了日（日と月の順序、年）を確認してください。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="141"/>
        <source>Correct the rate: it must be above zero.</source>
        <translation>レートを修正してください。レートは 0 より大きい値でなければなりません。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="142"/>
        <source>Check the base and quote columns: they must differ.</source>
        <translation>基準通貨と相手通貨の列を確認してください。両者は異なる通貨でなければなりません。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="144"/>
        <source>Nothing to do: a row without a number is left out.</source>
        <translation>対応は不要です。数値のない行は取り込みません。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="145"/>
        <source>Nothing to do, unless the fallback date is not the one meant.</source>
        <translation>代わりの列から読み取った日付が意図したものであれば、対応は不要です。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="147"/>
        <source>Nothing to do: the date is kept as uncertain.</source>
        <translation>対応は不要です。日付は不確かなものとして取り込みます。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="148"/>
        <source>Check the date was read as meant.</source>
        <translation>日付が意図どおりに読み取られたか確認してください。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="149"/>
        <source>Nothing to do: invisible characters were removed.</source>
        <translation>対応は不要です。目に見えない制御文字を削除しました。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="151"/>
        <source>Check the token was read as meant in this column.</source>
        <translation>この列で欠損値の記号が意図どおりに読み取られたか確認してください。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="153"/>
        <source>Check the numbers were read in the right code system.</source>
        <translation>番号が正しいコード体系で読み取られたか確認してください。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="166"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="167"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="168"/>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="169"/>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="170"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="171"/>
        <source>Found</source>
        <translation>記載内容</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/file_page.py" line="155"/>
        <location filename="../../explorer/qt/views/import_wizard/file_page.py" line="164"/>
        <source>Detected</source>
        <translation>自動判定</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/field_row.py" line="60"/>
        <source>name and content</source>
        <translation>列名と内容</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/field_row.py" line="61"/>
        <source>name</source>
        <translation>列名</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/field_row.py" line="62"/>
        <source>content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/field_row.py" line="64"/>
        <source>(year column)</source>
        <translation>（年の列）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/field_row.py" line="65"/>
        <source>(month column)</source>
        <translation>（月の列）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/field_row.py" line="66"/>
        <source>(day column)</source>
        <translation>（日の列）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/field_row.py" line="67"/>
        <source>year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/field_row.py" line="67"/>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/field_row.py" line="68"/>
        <source>day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/field_row.py" line="83"/>
        <source>A setting of the records this import creates</source>
        <translation>この取り込みで作成するレコードの設定</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/field_row.py" line="85"/>
        <source> (required)</source>
        <translation>（必須）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/field_row.py" line="99"/>
        <location filename="../../explorer/qt/views/import_wizard/field_row.py" line="229"/>
        <source>(not from a column)</source>
        <translation>（列を使わない）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/field_row.py" line="104"/>
        <source>Column for {field}</source>
        <translation>{field} の列</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/field_row.py" line="112"/>
        <source>Suggested: {column} — matched by {why} (score {score})</source>
        <translation>候補：{column} — {why} で一致（スコア {score}）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/field_row.py" line="118"/>
        <source>{field} is split over {n} columns ({parts}); choose each</source>
        <translation>{field} は {n} 列（{parts}）に分かれています。それぞれ選んでください</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/field_row.py" line="122"/>
        <source>{field} from separate year, month and day columns</source>
        <translation>{field} を年・月・日の別々の列から読む</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/field_row.py" line="124"/>
        <source>{field} from separate year and month columns</source>
        <translation>{field} を年・月の別々の列から読む</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/field_row.py" line="148"/>
        <source>Value of {field} for every row</source>
        <translation>全行に共通の {field} の値</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/field_row.py" line="149"/>
        <source>The same {field} for every row (used when no column is chosen)</source>
        <translation>全行に同じ {field} を使います（列を選ばない場合）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/field_row.py" line="152"/>
        <source>if left out: {value}</source>
        <translation>省略時：{value}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/field_row.py" line="153"/>
        <source>required</source>
        <translation>必須</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/field_row.py" line="174"/>
        <source>(no second column)</source>
        <translation>（2 番目の列なし）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/field_row.py" line="175"/>
        <source>else {column}</source>
        <translation>なければ {column}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/field_row.py" line="178"/>
        <source>Second column for {field}, read where the first has no date</source>
        <translation>{field} の 2 番目の列（最初の列に日付がない場合に読む）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/field_row.py" line="180"/>
        <source>Where the chosen column has no date, read {field} from this one (each such row gets a note in the report)</source>
        <translation>選んだ列に日付がない場合、{field} をこの列から読みます（該当する行は結果に注記されます）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/field_row.py" line="185"/>
        <source>Suggested: {column} — {why}</source>
        <translation>候補：{column} — {why}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/field_row.py" line="192"/>
        <source>several</source>
        <translation>複数列</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/field_row.py" line="193"/>
        <source>{field} from several columns</source>
        <translation>{field} を複数の列から読む</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/field_row.py" line="195"/>
        <source>The items of {field} are spread over several columns (members in c1…c194): tick them, or type a range or a pattern</source>
        <translation>{field} の要素が複数の列（c1…c194 の加盟国など）に分かれています。該当する列にチェックを入れるか、範囲またはパターンを入力してください</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/field_row.py" line="199"/>
        <source>c1..c194 or c*, then Enter</source>
        <translation>c1..c194 または c* と入力して Enter</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/field_row.py" line="201"/>
        <source>Columns for {field} by range or pattern</source>
        <translation>{field} の列（範囲またはパターンで指定）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/field_row.py" line="204"/>
        <source>Columns for {field}</source>
        <translation>{field} の列</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/field_row.py" line="252"/>
        <source>none ticked</source>
        <translation>チェックなし</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/field_row.py" line="253"/>
        <source>1 column: {columns}</source>
        <translation>1 列：{columns}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/field_row.py" line="254"/>
        <source>{n} columns: {columns}</source>
        <translation>{n} 列：{columns}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/field_row.py" line="312"/>
        <source>else {column} (not in this file)</source>
        <translation>なければ {column}（このファイルにはありません）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/field_row.py" line="332"/>
        <source>{column} (not in this file)</source>
        <translation>{column}（このファイルにはありません）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/field_row.py" line="338"/>
        <source>{value} (not allowed)</source>
        <translation>{value}（使用できない値）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="175"/>
        <source>Every line</source>
        <translation>すべての行</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="176"/>
        <source>Rejected rows</source>
        <translation>不採用の行</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="177"/>
        <source>Skipped rows</source>
        <translation>スキップした行</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="178"/>
        <source>Notes on how values were read</source>
        <translation>値の読み方についての注記</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/wizard.py" line="70"/>
        <source>Import data</source>
        <translation>データの取り込み</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/wizard.py" line="92"/>
        <source>&amp;Finish and open</source>
        <translation>完了して開く(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/wizard.py" line="93"/>
        <source>&amp;Next &gt;</source>
        <translation>次へ(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/wizard.py" line="94"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 戻る(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/wizard.py" line="95"/>
        <location filename="../../explorer/qt/views/import_wizard/wizard.py" line="100"/>
        <location filename="../../explorer/qt/views/import_wizard/wizard.py" line="127"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/wizard.py" line="96"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/wizard.py" line="97"/>
        <source>Next page</source>
        <translation>次のページ</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/wizard.py" line="98"/>
        <source>Previous page</source>
        <translation>前のページ</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/wizard.py" line="99"/>
        <source>Finish and open the pack</source>
        <translation>完了してデータパックを開く</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/wizard.py" line="127"/>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="120"/>
        <source>Filters</source>
        <translation>絞り込み</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="122"/>
        <location filename="../../explorer/qt/main_window.py" line="123"/>
        <source>Events</source>
        <translation>出来事</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="125"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="127"/>
        <location filename="../../explorer/qt/main_window.py" line="128"/>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="131"/>
        <location filename="../../explorer/qt/main_window.py" line="132"/>
        <source>Briefing</source>
        <translation>ブリーフィング</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="254"/>
        <source>{panel} panel</source>
        <translation>{panel}パネル</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="263"/>
        <source>Panel tabs</source>
        <translation>パネルのタブ</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="58"/>
        <source>&amp;Open pack…</source>
        <translation>データパックを開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="59"/>
        <source>Open a pack folder or .zip</source>
        <translation>データパックのフォルダまたは .zip を開きます</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="60"/>
        <source>Open &amp;alongside…</source>
        <translation>並べて開く(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="62"/>
        <source>Open another pack next to the open one: their events and figures show together</source>
        <translation>開いているデータパックに別のデータパックを加えて開きます。出来事と統計値が一緒に表示されます</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="64"/>
        <source>Import &amp;data…</source>
        <translation>データの取り込み(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="66"/>
        <source>Turn a CSV or Excel file into a new pack, opened alongside the current one</source>
        <translation>CSV または Excel のファイルから新しいデータパックを作成し、現在のものと並べて開きます</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="68"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="69"/>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="71"/>
        <source>Search titles, summaries, Japanese text and notes</source>
        <translation>表題、概要、日本語の記載、メモを検索します</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="72"/>
        <source>C&amp;lear filters</source>
        <translation>絞り込みを解除(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="74"/>
        <source>Zoom to &amp;fit</source>
        <translation>全体を表示(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="76"/>
        <source>Show every visible event (Home on the timeline)</source>
        <translation>絞り込みで残った出来事が収まるように表示します（年表では Home キー）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="77"/>
        <source>Zoom &amp;in</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="79"/>
        <source>Zoom &amp;out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="81"/>
        <source>Show &amp;eras</source>
        <translation>在任期間を表示(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="83"/>
        <source>Leaders&apos; terms as background bands</source>
        <translation>首脳の在任期間を背景の帯で示します</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="84"/>
        <source>F&amp;ull screen</source>
        <translation>全画面表示(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="86"/>
        <source>Lanes by &amp;partner</source>
        <translation>相手国・地域別のレーン(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="88"/>
        <source>Lanes by &amp;domain</source>
        <translation>分野別のレーン(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="90"/>
        <source>&amp;About Briefing Explorer</source>
        <translation>Briefing Explorer について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="92"/>
        <source>&amp;User guide</source>
        <translation>使い方ガイド(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="94"/>
        <source>How to use Briefing Explorer, opened at the section of the panel you are in</source>
        <translation>Briefing Explorer の使い方を、操作中のパネルの項目から表示します</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="96"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>キーボードショートカット(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="98"/>
        <source>Every command that has a keyboard shortcut, with its keys</source>
        <translation>キーボードショートカットのあるすべてのコマンドとそのキーの一覧</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="101"/>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="103"/>
        <source>Interface and label language, text size, theme, default marking, export folder</source>
        <translation>表示言語、データの表示言語、文字の大きさ、テーマ、既定の取扱区分表示、書き出し先フォルダ</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="107"/>
        <source>Export my notes and &amp;briefings…</source>
        <translation>メモとブリーフィングを書き出し(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="109"/>
        <source>One file with your notes, saved views and briefings, to move to another laptop</source>
        <translation>メモ、保存した表示、ブリーフィングを1つのファイルにまとめ、別のパソコンへ移せるようにします</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="111"/>
        <source>&amp;Import notes and briefings…</source>
        <translation>メモとブリーフィングを取り込み(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="113"/>
        <source>Merge a file exported on another laptop; nothing here is overwritten by older notes</source>
        <translation>別のパソコンで書き出したファイルを統合します。ここにある内容が古いメモで上書きされることはありません</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="115"/>
        <source>&amp;Export…</source>
        <translation>書き出し(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="117"/>
        <source>Chart, table, timeline or event as PNG, SVG, PDF, PowerPoint, CSV or Excel, with sources and marking</source>
        <translation>グラフ、表、年表または出来事を、出典と取扱区分表示付きで PNG、SVG、PDF、PowerPoint、CSV、Excel に書き出します</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="119"/>
        <source>Copy c&amp;hart (image and data)</source>
        <translation>グラフをコピー（画像とデータ）(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="121"/>
        <source>The chart as a sourced slide picture, and its data</source>
        <translation>グラフを出典付きのスライド用画像として、データと一緒にコピーします</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="122"/>
        <source>Add &amp;chart to briefing</source>
        <translation>グラフをブリーフィングに追加(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="124"/>
        <source>Add &amp;table to briefing</source>
        <translation>表をブリーフィングに追加(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="126"/>
        <source>Add time&amp;line view to briefing</source>
        <translation>年表をブリーフィングに追加(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="128"/>
        <source>Add selected &amp;event to briefing</source>
        <translation>選択した出来事をブリーフィングに追加(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="130"/>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="132"/>
        <source>Print preview of the current view (the chart if the Compare panel has focus, else the timeline), marking on every page</source>
        <translation>現在の表示を印刷プレビューします（比較パネルを操作中ならグラフ、それ以外は年表）。取扱区分表示は全ページに入ります</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="135"/>
        <source>Export briefing &amp;note…</source>
        <translation>ブリーフィングメモを書き出し(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="137"/>
        <source>A one-page note (Word or PDF) from the current briefing, or from the current view when the briefing is empty</source>
        <translation>現在のブリーフィングから1ページのメモ（Word または PDF）を作成します。ブリーフィングが空のときは現在の表示から作成します</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="139"/>
        <source>&amp;Print briefing…</source>
        <translation>ブリーフィングを印刷(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="141"/>
        <source>Every item of the current briefing, one slide per page</source>
        <translation>現在のブリーフィングのすべての項目を、1ページに1枚ずつ印刷します</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="145"/>
        <source>Go to &amp;timeline</source>
        <translation>年表へ移動(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="147"/>
        <source>Go to filter&amp;s</source>
        <translation>絞り込みへ移動(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="149"/>
        <source>Go to e&amp;vents</source>
        <translation>出来事へ移動(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="151"/>
        <source>Go to &amp;compare</source>
        <translation>比較へ移動(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="153"/>
        <source>Go to det&amp;ails</source>
        <translation>詳細へ移動(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="155"/>
        <source>Go to &amp;briefing</source>
        <translation>ブリーフィングへ移動(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="157"/>
        <source>Ne&amp;xt panel</source>
        <translation>次のパネル(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="159"/>
        <source>Previous pane&amp;l</source>
        <translation>前のパネル(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="161"/>
        <source>Reset la&amp;yout</source>
        <translation>レイアウトを元に戻す(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="162"/>
        <source>Put every panel back where it was on first start, all of them shown</source>
        <translation>すべてのパネルを表示し、初回起動時の配置に戻します</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="270"/>
        <source>Show or hide the {panel} panel</source>
        <translation>{panel}パネルの表示・非表示を切り替えます</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="171"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="195"/>
        <source>Open &amp;recent</source>
        <translation>最近使ったデータパック(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="196"/>
        <source>&amp;Close pack</source>
        <translation>データパックを閉じる(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="177"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="179"/>
        <source>&amp;Briefing</source>
        <translation>ブリーフィング(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="182"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="190"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="289"/>
        <location filename="../../explorer/qt/window_actions.py" line="291"/>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="286"/>
        <source>Loading</source>
        <translation>読み込み中</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="289"/>
        <source>Events shown</source>
        <translation>表示中の出来事の件数</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="293"/>
        <source>Show it again</source>
        <translation>再表示</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="294"/>
        <source>Show the hidden event again</source>
        <translation>非表示になった出来事を再表示</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="296"/>
        <source>Clears the filters and selects the event the filter hid</source>
        <translation>絞り込みを解除し、絞り込みで非表示になった出来事を選択します</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="298"/>
        <source>Clear the filters and select the event the filter hid</source>
        <translation>絞り込みを解除し、絞り込みで非表示になった出来事を選択します</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/pack_loading.py" line="151"/>
        <source>Loading {path}…</source>
        <translation>{path} を読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/pack_loading.py" line="163"/>
        <source>Loading {pack}…</source>
        <translation>{pack} を読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/pack_loading.py" line="187"/>
        <source>Not closed: {reason}</source>
        <translation>閉じられませんでした：{reason}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/pack_loading.py" line="220"/>
        <source>Opened {title} alongside</source>
        <translation>{title} を並べて開きました</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/pack_loading.py" line="237"/>
        <source>Opened {title}</source>
        <translation>{title} を開きました</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/pack_loading.py" line="243"/>
        <source>{path} was not reloaded</source>
        <translation>{path} は読み込み直されませんでした</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/pack_loading.py" line="243"/>
        <source>{path} was not opened</source>
        <translation>{path} は開けませんでした</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/pack_loading.py" line="245"/>
        <source>Still open: {title}.</source>
        <translation>引き続き {title} を開いています。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/pack_loading.py" line="251"/>
        <source>Pack refused</source>
        <translation>データパックを開けません</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/pack_loading.py" line="252"/>
        <source>{path} breaks the briefing-pack format (1 problem); nothing from it was loaded.</source>
        <translation>{path} はデータパックの形式に合っていません（問題 1件）。何も読み込んでいません。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/pack_loading.py" line="254"/>
        <source>{path} breaks the briefing-pack format ({n} problems); nothing from it was loaded.</source>
        <translation>{path} はデータパックの形式に合っていません（問題 {n}件）。何も読み込んでいません。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/pack_loading.py" line="257"/>
        <source>First problem:</source>
        <translation>最初の問題：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/pack_loading.py" line="269"/>
        <source>Could not open pack</source>
        <translation>データパックを開けませんでした</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/pack_loading.py" line="270"/>
        <source>{path} could not be opened because of an internal error:</source>
        <translation>内部エラーのため {path} を開けませんでした：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/pack_loading.py" line="272"/>
        <source>The current pack stays open.</source>
        <translation>現在のデータパックは開いたままです。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="448"/>
        <source>Open briefing pack</source>
        <translation>データパックを開く</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="453"/>
        <source>Open a pack alongside</source>
        <translation>データパックを並べて開く</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="473"/>
        <source>Briefing packs (datapackage.json *.zip);;All files (*)</source>
        <translation>データパック (datapackage.json *.zip);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="495"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="498"/>
        <source>&amp;Clear list</source>
        <translation>一覧を消去(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="49"/>
        <source>What changed &amp;since…</source>
        <translation>以前の版との違い(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="51"/>
        <source>Pick another version of the open pack and see what differs from it</source>
        <translation>開いているデータパックの別の版を選び、違いを表示します</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="54"/>
        <source>What changed in the last re&amp;load</source>
        <translation>直前の読み込み直しでの変更点(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="55"/>
        <source>The events and figures the last reload from disk added, removed or changed</source>
        <translation>直前にディスクから読み込み直したときに追加・削除・変更された出来事と統計値</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_actions.py" line="57"/>
        <source>What changed</source>
        <translation>変更点</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="511"/>
        <location filename="../../explorer/qt/main_window.py" line="519"/>
        <source>What changed in the last reload</source>
        <translation>直前の読み込み直しでの変更点</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/pack_loading.py" line="322"/>
        <source>Reload refused — keeping the previous version</source>
        <translation>読み込み直しできません — 以前の版のままです</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/pack_loading.py" line="341"/>
        <source>Reloaded {title}: {changes}</source>
        <translation>{title} を読み込み直しました：{changes}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/pack_loading.py" line="355"/>
        <source>What changed since {version}</source>
        <translation>{version} からの変更点</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="546"/>
        <source>Open a pack first</source>
        <translation>先にデータパックを開いてください</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="548"/>
        <source>What changed since… (pick the earlier version)</source>
        <translation>以前の版との違い（以前の版を選択）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="562"/>
        <source>Note not saved: {reason}</source>
        <translation>メモを保存できませんでした：{reason}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="571"/>
        <source>Comparison not changed: {reason}</source>
        <translation>比較を変更できませんでした：{reason}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_exports.py" line="86"/>
        <source>no indicator chosen</source>
        <translation>指標が選択されていません</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_exports.py" line="89"/>
        <source>none selected</source>
        <translation>選択なし</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_exports.py" line="92"/>
        <source>Chart: {name}</source>
        <translation>グラフ: {name}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_exports.py" line="93"/>
        <source>Table of that chart</source>
        <translation>そのグラフの表</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_exports.py" line="94"/>
        <source>Timeline, as shown now</source>
        <translation>年表（現在の表示範囲）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_exports.py" line="95"/>
        <source>Timeline, the whole filtered span</source>
        <translation>年表（絞り込み後の全期間）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_exports.py" line="97"/>
        <source>Selected event: {title}</source>
        <translation>選択した出来事: {title}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_exports.py" line="115"/>
        <source>Exported {files}</source>
        <translation>書き出しました：{files}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_exports.py" line="129"/>
        <source>Choose an indicator in Compare before copying a chart</source>
        <translation>グラフをコピーする前に、比較パネルで指標を選択してください</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_exports.py" line="152"/>
        <source>Chart copied (picture and data)</source>
        <translation>グラフをコピーしました（画像とデータ）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_exports.py" line="176"/>
        <source>Nothing to print: no {view} to show yet</source>
        <translation>印刷できるものがありません：表示中の{view}がありません</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_exports.py" line="190"/>
        <source>Not printed: {reason}</source>
        <translation>印刷できませんでした：{reason}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_exports.py" line="213"/>
        <source>Nothing to write a note from: open a pack first</source>
        <translation>メモの元になるものがありません。先にデータパックを開いてください</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_exports.py" line="217"/>
        <source>chart</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_exports.py" line="217"/>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_exports.py" line="217"/>
        <location filename="../../explorer/qt/window_exports.py" line="218"/>
        <source>timeline</source>
        <translation>年表</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_exports.py" line="218"/>
        <source>event</source>
        <translation>出来事</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_exports.py" line="223"/>
        <source>Nothing to add: no {view} to show yet</source>
        <translation>追加できるものがありません：表示中の{view}がありません</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_exports.py" line="238"/>
        <source>Saved {what} to {path}</source>
        <translation>{what}を {path} に保存しました</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_exports.py" line="249"/>
        <source>Nothing imported</source>
        <translation>何も取り込んでいません</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_exports.py" line="258"/>
        <source>Imported {what}</source>
        <translation>取り込みました：{what}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_exports.py" line="263"/>
        <source>Export my notes and briefings</source>
        <translation>メモとブリーフィングを書き出し</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_exports.py" line="265"/>
        <location filename="../../explorer/qt/window_exports.py" line="275"/>
        <source>Briefing Explorer data (*.json)</source>
        <translation>Briefing Explorer のデータ (*.json)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_exports.py" line="270"/>
        <source>Not exported</source>
        <translation>書き出しできませんでした</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_exports.py" line="271"/>
        <source>{path} was not written: {reason}</source>
        <translation>{path} に書き込めませんでした：{reason}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_exports.py" line="274"/>
        <source>Import notes and briefings</source>
        <translation>メモとブリーフィングを取り込み</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_help.py" line="40"/>
        <source>About {app}</source>
        <translation>{app} について</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_help.py" line="54"/>
        <source>The user guide is not available in this build</source>
        <translation>この版には使い方ガイドが含まれていません</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_help.py" line="84"/>
        <source>The list of keyboard shortcuts is not available in this build</source>
        <translation>この版にはキーボードショートカットの一覧が含まれていません</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_help.py" line="117"/>
        <source>The interface language changes the next time Briefing Explorer starts</source>
        <translation>表示言語は、次回 Briefing Explorer を起動したときに切り替わります</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_help.py" line="133"/>
        <source>explore sourced briefing packs offline.</source>
        <translation>出典付きのデータパックをオフラインで閲覧できます。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_help.py" line="135"/>
        <source>Log file (kept on this computer, never sent):</source>
        <translation>ログファイル（このコンピューター内にのみ保存され、外部には送信されません）：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_help.py" line="142"/>
        <source>Open pack:</source>
        <translation>開いているデータパック：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_help.py" line="143"/>
        <source>{title} (version {version})</source>
        <translation>{title}（版 {version}）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_help.py" line="145"/>
        <source>Licence:</source>
        <translation>ライセンス：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_help.py" line="146"/>
        <source>not stated</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_help.py" line="148"/>
        <source>Sources:</source>
        <translation>出典：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_help.py" line="149"/>
        <source>{n} documents are cited row by row; see each event&apos;s details.</source>
        <translation>{n}件の文書を行ごとに出典として示しています。各出来事の詳細をご覧ください。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="666"/>
        <source>{shown} of {total} events</source>
        <translation>{total}件中{shown}件</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="687"/>
        <source>“{title}” is hidden by the current filter, so nothing is selected now</source>
        <translation>「{title}」は現在の絞り込みで非表示になったため、選択が解除されました</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/window_settings.py" line="178"/>
        <source>Settings not saved: {reason}</source>
        <translation>設定を保存できませんでした：{reason}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/mapping_page.py" line="83"/>
        <source>Columns to fields</source>
        <translation>列と項目の対応</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/mapping_page.py" line="84"/>
        <source>Say what the file holds and which column feeds each field. Suggestions are pre-filled; hover a column choice to see why. * marks a required field.</source>
        <translation>ファイルの内容と、各項目に使う列を指定してください。候補があらかじめ入っています（列の選択欄にポインターを置くと理由を表示します）。* は必須の項目です。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/mapping_page.py" line="88"/>
        <source>What the file holds</source>
        <translation>ファイルの内容</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/mapping_page.py" line="93"/>
        <source>&amp;Load mapping…</source>
        <translation>対応表を読み込み(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/mapping_page.py" line="94"/>
        <location filename="../../explorer/qt/views/import_wizard/mapping_page.py" line="426"/>
        <source>Load mapping</source>
        <translation>対応表を読み込み</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/mapping_page.py" line="95"/>
        <source>Take the columns, values and reading options saved from an earlier import</source>
        <translation>以前の取り込みで保存した列・値の対応と読み込みの設定を使います</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/mapping_page.py" line="98"/>
        <source>Sa&amp;ve mapping…</source>
        <translation>対応表を保存(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/mapping_page.py" line="99"/>
        <location filename="../../explorer/qt/views/import_wizard/mapping_page.py" line="436"/>
        <source>Save mapping</source>
        <translation>対応表を保存</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/mapping_page.py" line="110"/>
        <source>Fields and the columns that feed them</source>
        <translation>項目とその列</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/mapping_page.py" line="113"/>
        <source>&amp;Wide table: one column per period</source>
        <translation>横長の表：期間ごとに 1 列(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/mapping_page.py" line="114"/>
        <source>Wide table</source>
        <translation>横長の表</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/mapping_page.py" line="119"/>
        <source>Period precision</source>
        <translation>期間の精度</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/mapping_page.py" line="127"/>
        <source>Day order: {order}</source>
        <translation>日付の順序：{order}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/mapping_page.py" line="137"/>
        <source>e.g. 9999-12-31 0   (dates meaning “open-ended”; space between)</source>
        <translation>例：9999-12-31 0   （「期限なし」を意味する日付。空白で区切る）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/mapping_page.py" line="139"/>
        <source>Sentinel dates</source>
        <translation>特別な意味の日付</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/mapping_page.py" line="144"/>
        <source>Missing-value tokens</source>
        <translation>欠損値の記号</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/mapping_page.py" line="145"/>
        <source>Cells holding one of these mean “no value” in every column: a figure is skipped, a summary or source left out, a list item dropped. NA stays Namibia in a column of ISO-2 country codes. An empty cell always means no value.</source>
        <translation>これらの記号のセルは、どの列でも「値なし」とみなします（数値はスキップ、概要や出典は省略、一覧の要素は除外）。ただし ISO 2 文字の国コードの列では NA はナミビアです。空のセルは常に「値なし」です。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/mapping_page.py" line="150"/>
        <source>De&amp;cimal comma (1.234,5 means 1234.5)</source>
        <translation>小数点にカンマ（1.234,5 は 1234.5）(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/mapping_page.py" line="151"/>
        <source>Decimal comma</source>
        <translation>小数点にカンマ</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/mapping_page.py" line="157"/>
        <source>List separator</source>
        <translation>一覧の区切り文字</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/mapping_page.py" line="158"/>
        <source>Between the items of a list cell (several parties or domains)</source>
        <translation>一覧のセル（複数の当事者や分野）の要素の間の文字</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/mapping_page.py" line="162"/>
        <source>Reading values</source>
        <translation>値の読み方</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/mapping_page.py" line="171"/>
        <source>&amp;Periods</source>
        <translation>期間(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/mapping_page.py" line="174"/>
        <source>Dates like 03/04/2001</source>
        <translation>03/04/2001 のような日付</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/mapping_page.py" line="177"/>
        <source>Se&amp;ntinel dates</source>
        <translation>特別な意味の日付(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/mapping_page.py" line="178"/>
        <source>&amp;Missing values</source>
        <translation>欠損値(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/mapping_page.py" line="185"/>
        <source>List separa&amp;tor</source>
        <translation>一覧の区切り文字(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/mapping_page.py" line="194"/>
        <source>Mapping check</source>
        <translation>対応の確認</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/mapping_page.py" line="198"/>
        <source>The file &amp;holds</source>
        <translation>ファイルの内容(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/mapping_page.py" line="250"/>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/mapping_page.py" line="250"/>
        <source>From the column</source>
        <translation>使う列</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/mapping_page.py" line="251"/>
        <source>…or this value for every row</source>
        <translation>…または全行に共通の値</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/mapping_page.py" line="271"/>
        <source>, … {n} more</source>
        <translation>、ほか {n} 列</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/mapping_page.py" line="273"/>
        <source> and </source>
        <translation>・</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/mapping_page.py" line="274"/>
        <source>{n} columns are periods ({columns}): each becomes a row, with {fields} taken from the column. Map the other fields as usual.</source>
        <translation>{n} 列が期間です（{columns}）。各列を 1 行として取り込み、{fields} は列から取ります。その他の項目は通常どおり対応付けてください。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/mapping_page.py" line="324"/>
        <source>The list separator must not be empty.</source>
        <translation>一覧の区切り文字を入力してください。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/mapping_page.py" line="332"/>
        <source>✖ {problem}</source>
        <translation>× {problem}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/mapping_page.py" line="334"/>
        <source>✔ The mapping can work. Next: check values the import would not recognise.</source>
        <translation>○ この対応で取り込めます。次に、認識できない値を確認します。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/mapping_page.py" line="337"/>
        <source>Complete the mapping first</source>
        <translation>先に対応を完成させてください</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/mapping_page.py" line="355"/>
        <source>No dates written as NN/NN/YYYY in the mapped columns.</source>
        <translation>対応付けた列に NN/NN/YYYY 形式の日付はありません。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/mapping_page.py" line="358"/>
        <source>Dates like 03/04/2001 are read day first.</source>
        <translation>03/04/2001 のような日付は日が先として読みます。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/mapping_page.py" line="360"/>
        <source>Dates like 03/04/2001 are read month first.</source>
        <translation>03/04/2001 のような日付は月が先として読みます。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/mapping_page.py" line="362"/>
        <source>⚠ Dates such as 03/04/2001 could be day/month or month/day and nothing in the file settles it: choose day first or month first, or rows with such dates will be rejected.</source>
        <translation>⚠ 03/04/2001 のような日付は日/月とも月/日とも読め、ファイルからは判別できません。「日が先」か「月が先」を選んでください。選ばない場合、このような日付の行は不採用になります。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/mapping_page.py" line="367"/>
        <source>Detected day first (a date in the file only reads that way).</source>
        <translation>日が先と判定しました（ファイル中にそうとしか読めない日付があります）。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/mapping_page.py" line="369"/>
        <source>Detected month first (a date in the file only reads that way).</source>
        <translation>月が先と判定しました（ファイル中にそうとしか読めない日付があります）。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/mapping_page.py" line="385"/>
        <source>✖ Mapping not loaded: {problem}</source>
        <translation>× 対応表を読み込めませんでした：{problem}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/mapping_page.py" line="443"/>
        <source>✖ Mapping not saved: {file}: {problem}</source>
        <translation>× 対応表を保存できませんでした：{file}：{problem}</translation>
    </message>
</context>
<context>
    <name>NoteJob</name>
    <message>
        <location filename="../../explorer/qt/briefing_note.py" line="130"/>
        <source>{file}: a briefing note is written as .docx or .pdf</source>
        <translation>{file}：ブリーフィングメモは .docx 形式または .pdf 形式で書き出してください</translation>
    </message>
</context>
<context>
    <name>PackChangesModel</name>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="44"/>
        <source>Kind</source>
        <translation>変更の種類</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="44"/>
        <source>What</source>
        <translation>対象</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="45"/>
        <source>Title</source>
        <translation>表題</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="45"/>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="46"/>
        <source>Old</source>
        <translation>変更前</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="46"/>
        <source>New</source>
        <translation>変更後</translation>
    </message>
</context>
<context>
    <name>PackChangesSummary</name>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="60"/>
        <source>domain</source>
        <translation>分野</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="61"/>
        <source>domains</source>
        <translation>分野</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="62"/>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="85"/>
        <source>event</source>
        <translation>出来事</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="63"/>
        <source>events</source>
        <translation>出来事</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="64"/>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="86"/>
        <source>figure</source>
        <translation>統計値</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="65"/>
        <source>figures</source>
        <translation>統計値</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="66"/>
        <source>actor</source>
        <translation>関係者</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="67"/>
        <source>actors</source>
        <translation>関係者</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="68"/>
        <source>source</source>
        <translation>出典</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="69"/>
        <source>sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="70"/>
        <source>indicator</source>
        <translation>指標</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="71"/>
        <source>indicators</source>
        <translation>指標</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="72"/>
        <source>era</source>
        <translation>在任期間</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="73"/>
        <source>eras</source>
        <translation>在任期間</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="74"/>
        <source>milestone</source>
        <translation>経過</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="75"/>
        <source>milestones</source>
        <translation>経過</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="76"/>
        <source>exchange rate</source>
        <translation>為替レート</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="77"/>
        <source>exchange rates</source>
        <translation>為替レート</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="78"/>
        <source>link</source>
        <translation>関連付け</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="79"/>
        <source>links</source>
        <translation>関連付け</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="81"/>
        <source>(empty)</source>
        <translation>（空欄）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="82"/>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="83"/>
        <source>removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="84"/>
        <source>changed</source>
        <translation>変更</translation>
    </message>
</context>
<context>
    <name>PackChangesView</name>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="51"/>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="52"/>
        <source>Removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="53"/>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="54"/>
        <source>All changes</source>
        <translation>すべての変更</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="183"/>
        <source>What changed</source>
        <translation>変更点</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="194"/>
        <source>From {old}
to {new}</source>
        <translation>変更前：{old}
変更後：{new}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="203"/>
        <source>Filter: words in any column</source>
        <translation>絞り込み：いずれかの列に含まれる語句</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="204"/>
        <source>Filter changes</source>
        <translation>変更点を絞り込み</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="205"/>
        <source>Shows only the rows with all these words</source>
        <translation>入力したすべての語句を含む行だけを表示します</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="208"/>
        <source>Kind of change</source>
        <translation>変更の種類</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="222"/>
        <source>Changes table</source>
        <translation>変更点の表</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="224"/>
        <source>Picking an event&apos;s row selects that event in the main window</source>
        <translation>出来事の行を選ぶと、メインウィンドウでその出来事が選択されます</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="237"/>
        <source>&amp;Copy as text</source>
        <translation>テキストとしてコピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="238"/>
        <source>Copy as text</source>
        <translation>テキストとしてコピー</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="240"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV に書き出し(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="241"/>
        <source>Export CSV</source>
        <translation>CSV に書き出し</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="243"/>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="244"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="273"/>
        <source>{shown} of {total} rows</source>
        <translation>{total}行中{shown}行</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="274"/>
        <source>{total} rows</source>
        <translation>{total}行</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="299"/>
        <source>Export changes as CSV</source>
        <translation>変更点を CSV に書き出し</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="300"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="306"/>
        <source>Not exported</source>
        <translation>書き出しできませんでした</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/pack_changes_view.py" line="307"/>
        <source>{path} was not written: {reason}</source>
        <translation>{path} に書き込めませんでした：{reason}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="44"/>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="50"/>
        <source>Follow the system</source>
        <translation>システムの設定に従う</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="46"/>
        <source>Same as the interface</source>
        <translation>表示言語と同じ</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="47"/>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="48"/>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="49"/>
        <source>English and Japanese</source>
        <translation>英語と日本語（併記）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="51"/>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="52"/>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="53"/>
        <source>High contrast</source>
        <translation>ハイコントラスト</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="54"/>
        <source>Refit automatically</source>
        <translation>自動的に合わせる</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="55"/>
        <source>Ask</source>
        <translation>確認する</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="56"/>
        <source>Keep the view</source>
        <translation>表示範囲を変えない</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="100"/>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="101"/>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="106"/>
        <source>Interface language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="108"/>
        <source>The language of menus and dialogs; applies the next time the application starts</source>
        <translation>メニューとダイアログの言語です。次回の起動時から適用されます</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="110"/>
        <source>The interface language changes the next time you start Briefing Explorer.</source>
        <translation>表示言語は、次に Briefing Explorer を起動したときに切り替わります。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="116"/>
        <source>Label language</source>
        <translation>データの表示言語</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="118"/>
        <source>The language of event titles, names, domains and statuses in every view and export</source>
        <translation>出来事の表題、名称、分野、状況を、すべての表示と書き出しでどの言語で示すかを選びます</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="127"/>
        <source>Text size</source>
        <translation>文字の大きさ</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="129"/>
        <source>The size of every text in the window, the timeline included, in percent</source>
        <translation>年表を含むウィンドウ内のすべての文字の大きさ（%）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="134"/>
        <source>Text size in percent</source>
        <translation>文字の大きさ（%）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="139"/>
        <source>Preview: EU–Japan EPA in force, 1 February 2019</source>
        <translation>プレビュー：日EU・EPA 発効（2019年2月1日）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="140"/>
        <source>Text size preview</source>
        <translation>文字の大きさのプレビュー</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="147"/>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="149"/>
        <source>Colours of the window, the timeline and the charts; exports always stay light</source>
        <translation>ウィンドウ、年表、グラフの配色です。書き出しは常にライトで描かれます</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="152"/>
        <source>Timeline after a filter change</source>
        <translation>絞り込み変更後の年表</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="154"/>
        <source>Whether the timeline zooms to the events a new filter shows</source>
        <translation>絞り込みを変えたとき、年表の表示範囲を残った出来事に合わせるかどうかを選びます</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="157"/>
        <source>e.g. OFFICIAL</source>
        <translation>例：取扱注意</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="158"/>
        <source>Default classification marking</source>
        <translation>既定の取扱区分表示</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="160"/>
        <source>Printed on every exported page and slide unless you change it in the export</source>
        <translation>書き出し時に変更しない限り、書き出すすべてのページとスライドに印字されます</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="163"/>
        <source>Your home folder</source>
        <translation>ホームフォルダ</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="164"/>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="278"/>
        <source>Export folder</source>
        <translation>書き出し先フォルダ</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="165"/>
        <source>Where export dialogs start</source>
        <translation>書き出しダイアログで最初に開くフォルダです</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="166"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="167"/>
        <source>Choose the export folder</source>
        <translation>書き出し先フォルダを選択</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="177"/>
        <source>&amp;Interface language:</source>
        <translation>表示言語(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="180"/>
        <source>&amp;Label language:</source>
        <translation>データの表示言語(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="185"/>
        <source>Text &amp;size:</source>
        <translation>文字の大きさ(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="187"/>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="188"/>
        <source>Time&amp;line after a filter change:</source>
        <translation>絞り込み変更後の年表(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="190"/>
        <source>Default &amp;marking:</source>
        <translation>既定の取扱区分表示(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="194"/>
        <source>E&amp;xport folder:</source>
        <translation>書き出し先フォルダ(&amp;X):</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="199"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="200"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="201"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/preferences_dialog.py" line="301"/>
        <source>The preferences could not be saved: {why}</source>
        <translation>設定を保存できません：{why}</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/file_page.py" line="129"/>
        <source>Row {row}: above the header (a title); not imported</source>
        <translation>{row} 行目：見出しより上（表題）のため取り込みません</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/file_page.py" line="131"/>
        <source>Row {row}: the header (column names)</source>
        <translation>{row} 行目：見出し（列名）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/file_page.py" line="132"/>
        <source>Row {row}</source>
        <translation>{row} 行目</translation>
    </message>
</context>
<context>
    <name>RefitBar</name>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="146"/>
        <source>Fit the timeline to the filtered events?</source>
        <translation>絞り込み後の出来事に合わせて年表を表示し直しますか？</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="147"/>
        <source>Fit</source>
        <translation>合わせる</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="148"/>
        <source>Fit the timeline to the filtered events</source>
        <translation>絞り込み後の出来事に合わせて年表を表示</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="150"/>
        <source>Zooms the timeline to the events the filter now shows</source>
        <translation>現在の絞り込みで表示される出来事に合わせて年表を拡大・縮小します</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="154"/>
        <source>Close (keep the current view)</source>
        <translation>閉じる（現在の表示のまま）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="155"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="157"/>
        <source>Keeps the timeline&apos;s current view and hides this question</source>
        <translation>年表の現在の表示を保ったまま、この確認を閉じます</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="161"/>
        <source>Fit the timeline?</source>
        <translation>年表の表示範囲の確認</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="185"/>
        <source>Report</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="186"/>
        <source>Every row not imported, with its reason, and every note on how a value was read. Finish opens the new pack alongside the current one.</source>
        <translation>取り込まなかったすべての行とその理由、値の読み方についてのすべての注記です。「完了して開く」で新しいデータパックを現在のものと並べて開きます。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="190"/>
        <source>Import summary</source>
        <translation>取り込みの概要</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="192"/>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="195"/>
        <source>Filter: words in any column (row number, field, reason…)</source>
        <translation>絞り込み：いずれかの列の語（行番号、項目、理由など）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="197"/>
        <source>Filter the report</source>
        <translation>結果の絞り込み</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="200"/>
        <source>&amp;Export report as CSV…</source>
        <translation>結果を CSV で書き出し(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="201"/>
        <source>Export report as CSV</source>
        <translation>結果を CSV で書き出し</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="206"/>
        <source>Rows not imported and notes</source>
        <translation>取り込まなかった行と注記</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="216"/>
        <source>What to do about the selected line</source>
        <translation>選択した行への対応</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="219"/>
        <source>Lines shown</source>
        <translation>表示中の行数</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="225"/>
        <source>S&amp;how</source>
        <translation>表示(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="254"/>
        <source>{read} rows read from {file}: {imported} imported ({records} {kind} records), {rejected} rejected, {skipped} skipped (no value).</source>
        <translation>{file} から {read} 行を読み込みました：取り込み {imported} 行（{kind} のレコード {records} 件）、不採用 {rejected} 行、スキップ {skipped} 行（値なし）。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="260"/>
        <source>Pack folder: {folder}</source>
        <translation>データパックのフォルダー：{folder}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="262"/>
        <source>Nothing to report: every row was imported as written.</source>
        <translation>報告事項はありません。すべての行を記載どおりに取り込みました。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="263"/>
        <source>{n} actors created: {names}</source>
        <translation>作成した関係者 {n} 件：{names}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="264"/>
        <source>{n} indicators created: {names}</source>
        <translation>作成した指標 {n} 件：{names}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="269"/>
        <source>, … {n} more</source>
        <translation>、ほか {n} 列</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="280"/>
        <source>What to do: {hint}</source>
        <translation>対応：{hint}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="286"/>
        <source>{n} of {m} lines shown</source>
        <translation>{m} 行中 {n} 行を表示</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="297"/>
        <source>✖ Report not written: {file}: {problem}</source>
        <translation>× 結果を書き出せませんでした：{file}：{problem}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="300"/>
        <source>Report written to {file}</source>
        <translation>結果を {file} に書き出しました</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/report_page.py" line="308"/>
        <source>Export report</source>
        <translation>結果の書き出し</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../explorer/qt/views/shortcuts_dialog.py" line="76"/>
        <location filename="../../explorer/qt/views/shortcuts_dialog.py" line="77"/>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/shortcuts_dialog.py" line="80"/>
        <source>Filter by action, menu or key</source>
        <translation>操作、メニュー、キーで絞り込み</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/shortcuts_dialog.py" line="82"/>
        <source>Filter the shortcuts</source>
        <translation>ショートカットの絞り込み</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/shortcuts_dialog.py" line="84"/>
        <source>Shows only the shortcuts whose action, menu or keys contain the text</source>
        <translation>操作名、メニュー名、キーに入力した文字を含むショートカットだけを表示します</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/shortcuts_dialog.py" line="89"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/shortcuts_dialog.py" line="89"/>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/shortcuts_dialog.py" line="92"/>
        <source>Shortcuts</source>
        <translation>ショートカット一覧</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/shortcuts_dialog.py" line="93"/>
        <source>Each action with its keys, grouped by menu</source>
        <translation>メニューごとにまとめた操作とそのキー</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/shortcuts_dialog.py" line="99"/>
        <source>No shortcut matches.</source>
        <translation>該当するショートカットはありません。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/shortcuts_dialog.py" line="104"/>
        <location filename="../../explorer/qt/views/shortcuts_dialog.py" line="105"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/shortcuts_dialog.py" line="150"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/shortcuts_dialog.py" line="162"/>
        <source> ▸ </source>
        <translation>＞</translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <location filename="../../explorer/qt/render/timeline_painter.py" line="383"/>
        <source>No pack open</source>
        <translation>データパックが開かれていません</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/render/timeline_painter.py" line="418"/>
        <source>No events match the filter</source>
        <translation>絞り込みに該当する出来事はありません</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/render/timeline_painter.py" line="420"/>
        <source>No events in this period (Home fits them)</source>
        <translation>この期間の出来事はありません（Home キーで全体を表示）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/render/timeline_backdrop.py" line="376"/>
        <source>{n} events in view: zoom in to see them one by one</source>
        <translation>表示中の出来事 {n} 件：個別に見るには拡大してください</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/render/timeline_text.py" line="126"/>
        <location filename="../../explorer/qt/render/timeline_text.py" line="273"/>
        <source>+{n} more, zoom in</source>
        <translation>ほか {n} 件（拡大して表示）</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="99"/>
        <source>Previous event</source>
        <translation>前の出来事</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="100"/>
        <source>Next event</source>
        <translation>次の出来事</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="101"/>
        <source>Go to the nearest event before the view</source>
        <translation>表示範囲より前の直近の出来事へ移動</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="102"/>
        <source>Go to the nearest event after the view</source>
        <translation>表示範囲より後の直近の出来事へ移動</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="103"/>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="104"/>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="105"/>
        <source>Zoom to fit the filtered events</source>
        <translation>絞り込んだ出来事の全体を表示</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="108"/>
        <source>Zoom in or out around the pointer</source>
        <translation>ポインターの位置を中心に拡大・縮小</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="109"/>
        <source>Mouse wheel</source>
        <translation>マウスホイール</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="110"/>
        <source>Pan</source>
        <translation>表示範囲の移動</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="110"/>
        <source>Drag</source>
        <translation>ドラッグ</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="111"/>
        <source>Pan sideways</source>
        <translation>左右に移動</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="112"/>
        <source>Horizontal wheel</source>
        <translation>横スクロール</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="113"/>
        <source>Zoom in on a point</source>
        <translation>その位置を拡大</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="114"/>
        <source>Double-click</source>
        <translation>ダブルクリック</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="115"/>
        <source>Select an event</source>
        <translation>出来事を選択</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="115"/>
        <source>Click</source>
        <translation>クリック</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="122"/>
        <location filename="../../explorer/qt/views/timeline_view.py" line="222"/>
        <source>Timeline</source>
        <translation>年表</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="224"/>
        <source>Events and agreements over time, one lane per partner or domain. Wheel or plus and minus zoom, drag pans, Home fits the filtered events, Left and Right step through events, Shift+Left and Shift+Right go to events outside the view; the event table lists the same events.</source>
        <translation>出来事と協定を時系列で示す年表です。相手国・地域または分野ごとに1行で表示します。ホイールまたはプラス・マイナスキーで拡大・縮小、ドラッグで移動、Home キーで絞り込み後の出来事の全体を表示、左右の矢印キーで出来事を順に選択、Shift＋左右の矢印キーで表示範囲外の出来事に移動します。同じ出来事は出来事一覧にも表示されます。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="750"/>
        <source>{when}; status: {status}; parties: {parties}</source>
        <translation>{when}、状況：{status}、当事者：{parties}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="760"/>
        <source>No pack open</source>
        <translation>データパックが開かれていません</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="765"/>
        <source>{n} events, {first}–{last}</source>
        <translation>出来事 {n} 件、{first}年～{last}年</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="768"/>
        <source>; {before} earlier and {after} later outside the view</source>
        <translation>、表示範囲外：前 {before} 件・後 {after} 件</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="776"/>
        <source>; selected: {title}, {when}</source>
        <translation>、選択中：{title}（{when}）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="991"/>
        <source>{n} filtered events before this view: click (or press Shift+Left) to go to the nearest</source>
        <translation>この表示範囲より前に、絞り込み後の出来事が {n} 件あります。クリック（または Shift＋左矢印キー）で最も近い出来事に移動します</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="993"/>
        <source>{n} filtered events after this view: click (or press Shift+Right) to go to the nearest</source>
        <translation>この表示範囲より後に、絞り込み後の出来事が {n} 件あります。クリック（または Shift＋右矢印キー）で最も近い出来事に移動します</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="1006"/>
        <source>{lane}: {n} events here; zoom in to see them</source>
        <translation>{lane}：この付近に出来事 {n} 件。拡大すると個別に表示されます</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="1016"/>
        <source>Status: {status}</source>
        <translation>状況：{status}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="1017"/>
        <source>Parties: {parties}</source>
        <translation>当事者：{parties}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="1023"/>
        <source>Milestones: {steps}</source>
        <translation>経過：{steps}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/timeline_view.py" line="1043"/>
        <source>ongoing</source>
        <translation>継続中</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <location filename="../../explorer/qt/views/user_guide.py" line="90"/>
        <source>User guide — Briefing Explorer</source>
        <translation>使い方ガイド — Briefing Explorer</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/user_guide.py" line="91"/>
        <source>User guide</source>
        <translation>使い方ガイド</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/user_guide.py" line="96"/>
        <source>Guide contents</source>
        <translation>ガイドの目次</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/user_guide.py" line="97"/>
        <source>Choose a section of the guide to read</source>
        <translation>読みたい項目を選んでください</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/user_guide.py" line="107"/>
        <source>Guide text</source>
        <translation>ガイド本文</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/user_guide.py" line="111"/>
        <location filename="../../explorer/qt/views/user_guide.py" line="113"/>
        <source>Find in the guide</source>
        <translation>ガイド内を検索</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/user_guide.py" line="115"/>
        <source>Press Enter for the next match, in this section or the following ones</source>
        <translation>Enter キーで次の該当箇所へ移動します（この項目になければ次の項目以降を探します）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/user_guide.py" line="117"/>
        <location filename="../../explorer/qt/views/user_guide.py" line="118"/>
        <source>Find next</source>
        <translation>次を検索</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/user_guide.py" line="122"/>
        <source>Guide messages</source>
        <translation>ガイドからのお知らせ</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/user_guide.py" line="172"/>
        <source>This section of the guide is missing.</source>
        <translation>ガイドのこの項目が見つかりません。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/user_guide.py" line="192"/>
        <location filename="../../explorer/qt/views/user_guide.py" line="204"/>
        <source>Links outside the guide are not opened: {url}</source>
        <translation>ガイド外へのリンクは開きません：{url}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/user_guide.py" line="231"/>
        <source>“{text}” is not in the guide.</source>
        <translation>「{text}」はガイド内に見つかりません。</translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="120"/>
        <source>Values and actors</source>
        <translation>値と関係者</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="121"/>
        <source>A trial run on the first rows lists texts the import would not recognise. Map them here, or go on: rows with an unmapped value are rejected and listed in the report; unknown actors are created, named after the text.</source>
        <translation>先頭の行で試しに読み込み、認識できない文字列を一覧にします。ここで対応付けるか、そのまま進んでください。対応付けていない値の行は不採用となり結果に記載されます。未知の関係者は、その文字列を名称として作成します。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="131"/>
        <source>Trial run</source>
        <translation>試し読み</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="132"/>
        <source>Check &amp;again</source>
        <translation>再確認(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="133"/>
        <source>Check again</source>
        <translation>再確認</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="134"/>
        <source>Run the trial again with the maps chosen here</source>
        <translation>ここで選んだ対応で、もう一度試し読みします</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="138"/>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="164"/>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="138"/>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="147"/>
        <source>Text in the file</source>
        <translation>ファイル中の文字列</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="139"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="139"/>
        <source>Import as</source>
        <translation>取り込む値</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="140"/>
        <source>New domain: 日本語, colour</source>
        <translation>新しい分野：日本語名、色</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="141"/>
        <source>Values not recognised</source>
        <translation>認識できない値</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="147"/>
        <source>Actor id</source>
        <translation>関係者 ID</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="148"/>
        <source>Would be</source>
        <translation>取り込み結果</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="149"/>
        <source>Actors not in the lookup</source>
        <translation>照合表にない関係者</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="164"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="164"/>
        <source>Found</source>
        <translation>記載内容</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="165"/>
        <source>Read as</source>
        <translation>読み方</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="166"/>
        <source>Columns with missing-value tokens</source>
        <translation>欠損値の記号がある列</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="172"/>
        <source>Columns holding “no value” tokens (NA, N/A, …): how should they be read?</source>
        <translation>「値なし」の記号（NA、N/A など）がある列：どのように読みますか？</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="178"/>
        <source>Country codes as numbers are</source>
        <translation>数字で書かれた国コードの種類</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="180"/>
        <source>Country codes as numbers</source>
        <translation>数字で書かれた国コード</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="189"/>
        <source>Values not allowed in the pack</source>
        <translation>データパックで使用できない値</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="193"/>
        <source>Actors not in the lookup (type an id, or pick a suggestion)</source>
        <translation>照合表にない関係者（ID を入力するか、候補から選んでください）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="222"/>
        <source>Trying the mapping on the first {n} rows…</source>
        <translation>先頭の {n} 行で対応を試しています…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="236"/>
        <source>✖ {problem}</source>
        <translation>× {problem}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="265"/>
        <source>Trial on all {n} rows: {accepted} would be imported</source>
        <translation>全 {n} 行で試行：{accepted} 行を取り込み</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="267"/>
        <source>Trial on the first {n} rows: {accepted} would be imported</source>
        <translation>先頭の {n} 行で試行：{accepted} 行を取り込み</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="270"/>
        <source>{n} rejected</source>
        <translation>不採用 {n} 行</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="272"/>
        <source>{n} skipped (no value)</source>
        <translation>スキップ {n} 行（値なし）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="273"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="273"/>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="275"/>
        <source> Every value and actor was recognised.</source>
        <translation>すべての値と関係者を認識できました。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="289"/>
        <source>Column {column} ({field}): {counts}. Which system are they in?</source>
        <translation>列 {column}（{field}）：{counts}。どちらのコード体系ですか？</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="296"/>
        <source>choose…</source>
        <translation>選んでください…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="314"/>
        <source>{n} of {m} cells are {token}</source>
        <translation>{m} セル中 {n} セルが {token}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="319"/>
        <source>{column}: read {token} as</source>
        <translation>{column}：{token} の読み方</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="325"/>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="331"/>
        <source>no value</source>
        <translation>値なし</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="326"/>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="339"/>
        <source>leave the column out</source>
        <translation>この列を使わない</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="334"/>
        <source>the actor {name} ({id})</source>
        <translation>関係者 {name}（{id}）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="336"/>
        <source>an actor named {token}</source>
        <translation>名称 {token} の関係者</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="338"/>
        <source>the text {token}</source>
        <translation>文字列 {token}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="367"/>
        <source>(leave: rows rejected)</source>
        <translation>（対応付けない：行は不採用）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="376"/>
        <source>{id} (new domain)</source>
        <translation>{id}（新しい分野）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="378"/>
        <source>new domain “{text}” ({id})</source>
        <translation>新しい分野「{text}」（{id}）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="381"/>
        <source>{field}: import {text} as</source>
        <translation>{field}：{text} を取り込む値</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="408"/>
        <source>new actor</source>
        <translation>新しい関係者</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="409"/>
        <source>Actor id for {text}</source>
        <translation>{text} の関係者 ID</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="423"/>
        <source>{name} ({id}, from the lookup)</source>
        <translation>{name}（{id}、照合表から）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="425"/>
        <source>new actor {id}, named {text}</source>
        <translation>新しい関係者 {id}（名称 {text}）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="456"/>
        <source>✖ {problems} (a colour is # and six hex digits, e.g. #2E7D32, or empty for one from the palette)</source>
        <translation>× {problems}（色は # と 16 進数 6 桁で指定してください。例：#2E7D32。空欄にするとパレットから選びます）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="484"/>
        <source>✖ Not a valid actor id (lowercase letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;; starting with a letter or digit): {ids}</source>
        <translation>× 関係者 ID として使えません（英小文字、数字、「-」「_」「.」のみ。先頭は英小文字か数字）：{ids}</translation>
    </message>
</context>
<context>
    <name>_ItemDelegate</name>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="186"/>
        <source>Item title</source>
        <translation>項目の表題</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/briefing_panel.py" line="187"/>
        <source>Empty: the view&apos;s own title</source>
        <translation>空欄の場合は表示の表題</translation>
    </message>
</context>
<context>
    <name>_NewDomainFields</name>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="81"/>
        <source>{text}: the new domain&apos;s Japanese label</source>
        <translation>{text}：新しい分野の日本語名</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/views/import_wizard/values_page.py" line="87"/>
        <source>{text}: the new domain&apos;s colour</source>
        <translation>{text}：新しい分野の色</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../explorer/qt/app.py" line="107"/>
        <source>Notes are off: {why}</source>
        <translation>メモを使用できません：{why}</translation>
    </message>
</context>
<context>
    <name>exporting</name>
    <message>
        <location filename="../../explorer/qt/exporting.py" line="455"/>
        <source>The settings file {file} cannot be read: {why}. The marking it sets is unknown, so nothing was exported. Give a marking (--marking) or repair or remove the file.</source>
        <translation>設定ファイル {file} を読み込めません（{why}）。設定された取扱区分表示が不明なため、書き出しは行っていません。取扱区分表示を指定する（--marking）か、ファイルを修復または削除してください。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/exporting.py" line="460"/>
        <source>export_marking in {file} is not text (found {value}), so the marking is unknown; nothing was exported. Give a marking (--marking) or correct the file.</source>
        <translation>{file} の export_marking が文字列ではありません（{value}）。取扱区分表示が不明なため、書き出しは行っていません。取扱区分表示を指定する（--marking）か、ファイルを修正してください。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/exporting.py" line="468"/>
        <source>marking_required in {file} should be true or false (found {value}); treated as true: a marking is required</source>
        <translation>{file} の marking_required は true または false である必要があります（{value}）。true として扱い、取扱区分表示を必須とします</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/exporting.py" line="503"/>
        <source>A handling marking is required before any export (see the Export dialog&apos;s settings); add one.</source>
        <translation>書き出しの前に取扱区分表示が必要です（書き出しダイアログの設定を参照）。取扱区分表示を入力してください。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/exporting.py" line="522"/>
        <source>A {format} export holds a chart&apos;s data: choose a chart or table view.</source>
        <translation>{format} 形式の書き出しはグラフのデータを保存するものです。グラフまたは表を選択してください。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/exporting.py" line="602"/>
        <location filename="../../explorer/qt/exporting.py" line="630"/>
        <source>{file}: cannot read ({why})</source>
        <translation>{file}：読み込めません（{why}）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/exporting.py" line="605"/>
        <source>{file}: not a regular file; holds no Briefing Explorer receipt</source>
        <translation>{file}：通常のファイルではありません。Briefing Explorer の再作成情報は含まれていません</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/exporting.py" line="608"/>
        <source>{file}: larger than {limit} MB; not a file this app exported</source>
        <translation>{file}：{limit} MB を超えています。このアプリで書き出したファイルではありません</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/exporting.py" line="637"/>
        <source>{file}: holds no Briefing Explorer receipt</source>
        <translation>{file}：Briefing Explorer の再現情報（レシート）が含まれていません</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/exporting.py" line="768"/>
        <source>{file}: a briefing is exported as .pptx or .pdf</source>
        <translation>{file}：ブリーフィングは .pptx 形式または .pdf 形式で書き出してください</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../explorer/qt/i18n.py" line="116"/>
        <source>The Japanese translation of the interface</source>
        <translation>画面表示の日本語訳</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/i18n.py" line="117"/>
        <source>The Japanese translation of Qt&apos;s dialogs</source>
        <translation>Qt 標準ダイアログの日本語訳</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/i18n.py" line="118"/>
        <source>{what} is missing ({file}); it is shown in English.</source>
        <translation>{what}（{file}）が見つかりません。英語で表示します。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/i18n.py" line="119"/>
        <source>{what} could not be read ({file}); it is shown in English.</source>
        <translation>{what}（{file}）を読み込めませんでした。英語で表示します。</translation>
    </message>
</context>
<context>
    <name>import_worker</name>
    <message>
        <location filename="../../explorer/qt/import_worker.py" line="100"/>
        <source>Internal error (please report it): {detail}</source>
        <translation>内部エラーが発生しました（開発担当者に報告してください）：{detail}</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/import_worker.py" line="109"/>
        <source>{message} (found: {found})</source>
        <translation>{message}（該当する値：{found}）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/import_worker.py" line="125"/>
        <source>Reading the file…</source>
        <translation>ファイルを読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/import_worker.py" line="129"/>
        <source>Mapping {rows} rows…</source>
        <translation>{rows} 行を対応付けています…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/import_worker.py" line="134"/>
        <source>Writing the pack…</source>
        <translation>データパックを書き込んでいます…</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../explorer/qt/printing.py" line="112"/>
        <location filename="../../explorer/qt/smoke_test.py" line="84"/>
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
