<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>ChartTableView</name>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="160" />
        <source>Chart data table</source>
        <translation>グラフのデータ表</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="161" />
        <source>The figures of the chart, one row per series and one column per period; Ctrl+C copies the selection, or the whole table.</source>
        <translation>グラフの数値を系列ごとに1行、期間ごとに1列で示します。Ctrl+Cで選択範囲（選択がなければ表全体）をコピーします。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="170" />
        <source>&amp;Copy (Ctrl+C)</source>
        <translation>コピー (Ctrl+C)(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="172" />
        <source>Copy the &amp;whole table</source>
        <translation>表全体をコピー(&amp;W)</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../../explorer/qt/views/chart_view.py" line="100" />
        <source>Sources disagree on this figure: every value is shown.</source>
        <translation>この数値は出典間で一致しません。すべての値を示しています。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/chart_view.py" line="101" />
        <source>No exchange rate for its period: shown in its own currency.</source>
        <translation>この期間の換算レートがないため、元の通貨のまま示しています。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/chart_view.py" line="103" />
        <source>Not a currency: shown as published.</source>
        <translation>通貨ではないため、公表値のまま示しています。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/chart_view.py" line="104" />
        <source>The series share no base period: nothing is indexed.</source>
        <translation>系列に共通の基準期間がないため、指数化していません。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/chart_view.py" line="105" />
        <source>No earlier figure to compare with: no growth rate (—).</source>
        <translation>比較できる前の期間の数値がないため、伸び率はありません（—）。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/chart_view.py" line="107" />
        <source>Converted with the average rate of its year.</source>
        <translation>その年の平均レートで換算しています。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/chart_view.py" line="111" />
        <source>Qualified figure: the source says over {figure}</source>
        <translation>出典の記載は「{figure}超」です</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/chart_view.py" line="112" />
        <source>Qualified figure: the source says under {figure}</source>
        <translation>出典の記載は「{figure}未満」です</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/chart_view.py" line="113" />
        <source>Qualified figure: the source says about {figure}</source>
        <translation>出典の記載は「約{figure}」です</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/chart_view.py" line="114" />
        <source>Qualified figure: the source says at least {figure}</source>
        <translation>出典の記載は「{figure}以上」です</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/chart_view.py" line="115" />
        <source>Qualified figure: the source says at most {figure}</source>
        <translation>出典の記載は「{figure}以下」です</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/chart_view.py" line="1050" />
        <source>Comparison chart</source>
        <translation>比較グラフ</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/chart_view.py" line="1066" />
        <source>Chart title</source>
        <translation>グラフの表題</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/chart_view.py" line="1073" />
        <source>Chart subtitle</source>
        <translation>グラフの副題</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/chart_view.py" line="1076" />
        <source>Chart legend</source>
        <translation>凡例</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/chart_view.py" line="1085" />
        <source>Chart plot area</source>
        <translation>グラフの描画領域</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/chart_view.py" line="1099" />
        <source>Value under the pointer</source>
        <translation>ポインター位置の数値</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/chart_view.py" line="1107" />
        <source>Chart message</source>
        <translation>グラフに関するお知らせ</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/chart_view.py" line="1117" />
        <source>Chart notes and sources</source>
        <translation>グラフの注記・出典</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/chart_view.py" line="1123" />
        <source>Chart notes</source>
        <translation>グラフの注記</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/chart_view.py" line="1184" />
        <source>No chart is drawn. {message}</source>
        <translation>グラフは描画されていません。{message}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/chart_view.py" line="1190" />
        <source>{first} to {last}</source>
        <translation>{first}～{last}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/chart_view.py" line="1191" />
        <source>Bar chart</source>
        <translation>棒グラフ</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/chart_view.py" line="1191" />
        <source>Line chart</source>
        <translation>折れ線グラフ</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/chart_view.py" line="1192" />
        <source>{kind}: {title}. {n} series in {panels} panel(s), {span}. The Table tab lists the same figures as text; hover a bar or point for its published value and source.</source>
        <translation>{kind}：{title}。{panels}つのパネルに{n}系列、{span}。同じ数値を「表」タブに文字で示しています。棒や点にポインターを合わせると、公表値と出典を表示します。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/chart_view.py" line="1350" />
        <source>As published: {figure}</source>
        <translation>公表値：{figure}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/chart_view.py" line="1353" />
        <source>As published</source>
        <translation>公表値のまま</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/chart_view.py" line="1368" />
        <source>Source {marker} {source}</source>
        <translation>出典 {marker} {source}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/chart_view.py" line="1656" />
        <source>(click to select)</source>
        <translation>（クリックで選択）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/chart_view.py" line="1690" />
        <source>Click to select this event</source>
        <translation>クリックするとこの出来事を選択します</translation>
    </message>
</context>
<context>
    <name>ComparisonPanel</name>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="69" />
        <source>&amp;As published</source>
        <translation>公表値のまま(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="70" />
        <source>Con&amp;verted</source>
        <translation>通貨換算(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="71" />
        <source>&amp;Index</source>
        <translation>指数(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="72" />
        <source>&amp;Growth</source>
        <translation>伸び率(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="74" />
        <source>Each figure in its own unit; different units get separate axes.</source>
        <translation>各数値を公表時の単位のまま示します。単位が異なる場合は別々の軸に描きます。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="76" />
        <source>Currencies converted with the pack's exchange rates for each figure's period.</source>
        <translation>各数値の期間に対応する、データパックの為替レートで通貨を換算します。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="78" />
        <source>Every series divided by its value in one base period they all share, times 100.</source>
        <translation>全系列に共通する一つの基準期間の値を100として、各系列を指数で示します。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="80" />
        <source>Percentage change on the previous period of the same series.</source>
        <translation>同じ系列の前の期間と比べた変化率（%）です。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="83" />
        <source>Auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="84" />
        <source>Bars (one period)</source>
        <translation>棒グラフ（1期間）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="85" />
        <source>Lines (over time)</source>
        <translation>折れ線グラフ（推移）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="86" />
        <source>Linked events</source>
        <translation>関連する出来事</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="87" />
        <source>All filtered events</source>
        <translation>絞り込み後のすべての出来事</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="88" />
        <source>None</source>
        <translation>表示しない</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="91" />
        <source>Trade: who sells more goods to Japan, the EU or the US? (in USD)</source>
        <translation>貿易：日本への財の輸出が多いのはEUか米国か（米ドル換算）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="93" />
        <source>Trade: how fast are EU and US exports to Japan growing?</source>
        <translation>貿易：EUと米国の対日輸出の伸び率</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="95" />
        <source>Investment: Japan's investment stock and pledges abroad</source>
        <translation>投資：日本の対外直接投資残高と投資表明</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="97" />
        <source>Investment: Japan's pledge to the US under the 2025 deal</source>
        <translation>投資：2025年合意に基づく日本の対米投資表明</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="99" />
        <source>Energy: what Japan pays for US LNG (yen and dollars)</source>
        <translation>エネルギー：日本の米国産LNG輸入額（円・ドル）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="100" />
        <source>Defence: Japan's defence budget request (as published)</source>
        <translation>防衛：日本の防衛予算概算要求（公表値のまま）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="101" />
        <source>Defence: the 2%-of-GDP target and when Japan reaches it</source>
        <translation>防衛：GDP比2%目標と日本の達成時期</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="103" />
        <source>Critical minerals: how dependent is Japan on China for rare earths?</source>
        <translation>重要鉱物：日本のレアアースの中国依存度</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="105" />
        <source>Critical minerals: the EU's dependence on outside lithium</source>
        <translation>重要鉱物：EUのリチウムの域外依存度</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="211" />
        <source>Partner comparison</source>
        <translation>国・地域の比較</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="227" />
        <source>Preset question</source>
        <translation>質問例</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="228" />
        <source>A ready-made comparison to start from</source>
        <translation>あらかじめ用意された比較から始めます</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="232" />
        <source>&amp;Question</source>
        <translation>質問例(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="239" />
        <source>Indicator</source>
        <translation>指標</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="240" />
        <source>What to compare, grouped by domain</source>
        <translation>比較する指標（分野別）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="246" />
        <source>I&amp;ndicator</source>
        <translation>指標(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="249" />
        <source>Indicator description</source>
        <translation>指標の説明</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="257" />
        <source>Series to compare</source>
        <translation>比較する系列</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="258" />
        <source>Tick the reporter and partner pairs to draw</source>
        <translation>描画する報告国・地域と相手国・地域の組み合わせにチェックを入れます</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="262" />
        <source>Series hint</source>
        <translation>系列に関するヒント</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="267" />
        <source>Series hidden by the partner filter</source>
        <translation>国・地域の絞り込みで非表示の系列</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="270" />
        <source>Show &amp;them too</source>
        <translation>これらも表示(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="271" />
        <source>Show the hidden series</source>
        <translation>非表示の系列を表示</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="273" />
        <source>Adds their partners to the partner filter</source>
        <translation>該当する国・地域を絞り込みに追加します</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="277" />
        <source>&amp;Series</source>
        <translation>系列(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="284" />
        <source>&amp;Basis</source>
        <translation>表示方法(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="290" />
        <source>Basis: {name}</source>
        <translation>表示方法：{name}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="299" />
        <source>Target currency</source>
        <translation>換算先の通貨</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="305" />
        <source>Base period of the index</source>
        <translation>指数の基準期間</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="308" />
        <source>C&amp;urrency</source>
        <translation>通貨(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="310" />
        <source>Base (= 100)</source>
        <translation>基準期間（＝100）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="316" />
        <source>Exchange rates used</source>
        <translation>使用した為替レート</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="322" />
        <source>&amp;Chart</source>
        <translation>グラフ(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="325" />
        <source>Chart kind</source>
        <translation>グラフの種類</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="331" />
        <source>Period of the bars</source>
        <translation>棒グラフの期間</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="335" />
        <source>Event markers</source>
        <translation>出来事の表示</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="336" />
        <source>Events drawn as vertical lines on time-series charts</source>
        <translation>推移のグラフに出来事を縦線で示します</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="342" />
        <source>&amp;Link time axes to the timeline</source>
        <translation>時間軸を年表に連動(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="343" />
        <source>Link time axes</source>
        <translation>時間軸の連動</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="344" />
        <source>The chart's time axis follows the timeline's visible range</source>
        <translation>グラフの時間軸を年表の表示範囲に合わせます</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="347" />
        <source>&amp;Kind</source>
        <translation>種類(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="347" />
        <source>&amp;Period</source>
        <translation>期間(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="348" />
        <source>&amp;Events</source>
        <translation>出来事(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="357" />
        <source>Comparison settings</source>
        <translation>比較の設定</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="370" />
        <source>Table notes and sources</source>
        <translation>表の注記・出典</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="373" />
        <source>C&amp;opy table</source>
        <translation>表をコピー(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="374" />
        <source>Copy the table as text</source>
        <translation>表をテキストとしてコピー</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="384" />
        <source>Table notes</source>
        <translation>表の注記</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="398" />
        <source>Chart or table</source>
        <translation>グラフまたは表</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="399" />
        <source>C&amp;hart</source>
        <translation>グラフ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="400" />
        <source>&amp;Table</source>
        <translation>表(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="405" />
        <source>Chart warnings</source>
        <translation>グラフに関する注意</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="419" />
        <source>Compare partners</source>
        <translation>国・地域を比較</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="425" />
        <source>How to start a comparison</source>
        <translation>比較の始め方</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="445" />
        <source>Comparison results</source>
        <translation>比較の結果</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="596" />
        <source>Choose a question…</source>
        <translation>質問例を選択…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="605" />
        <source>Choose an indicator…</source>
        <translation>指標を選択…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="632" />
        <source>Preset question: {question}</source>
        <translation>質問例：{question}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="719" />
        <source>Latest of each series</source>
        <translation>各系列の最新期間</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="730" />
        <source>Latest shared: {period}</source>
        <translation>共通する最新期間：{period}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="731" />
        <source>None shared</source>
        <translation>共通期間なし</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="742" />
        <source>Only periods for which every compared series has a figure</source>
        <translation>比較するすべての系列に数値がある期間のみ選べます</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="744" />
        <source>The compared series share no period: nothing is indexed</source>
        <translation>比較する系列に共通の期間がないため、指数化していません</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="786" />
        <source>Loading the pack…</source>
        <translation>データパックを読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="787" />
        <source>Open a pack to compare partners.</source>
        <translation>国・地域を比較するには、データパックを開いてください。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="791" />
        <source>Pick a question below, or choose an indicator on the left and the partners to compare. Figures stay as published unless you convert them; every number keeps its source.</source>
        <translation>下の質問例を選ぶか、左側で指標と比較する国・地域を選んでください。換算しない限り数値は公表値のまま示し、すべての数値に出典を付けます。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="794" />
        <source>Choose an indicator on the left and the partners to compare.</source>
        <translation>左側で指標と比較する国・地域を選んでください。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="867" />
        <source>No figure needed converting.</source>
        <translation>換算が必要な数値はありません。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="900" />
        <source>Keep at least one series.</source>
        <translation>少なくとも1つの系列を選んでください。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="934" />
        <source>1 ticked series is hidden by the partner filter: {names}</source>
        <translation>チェックした1系列が国・地域の絞り込みで非表示になっています：{names}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/comparison_panel.py" line="936" />
        <source>{n} ticked series are hidden by the partner filter: {names}</source>
        <translation>チェックした{n}系列が国・地域の絞り込みで非表示になっています：{names}</translation>
    </message>
</context>
</TS>