"""Regenerate the example notebooks in this directory.

    python tests/notebooks/make_notebooks.py

The notebooks are committed; this script only documents how they were made and
keeps them consistent (nbformat v4, spargo kernelspec, no outputs).
"""

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).resolve().parent

METADATA = {
    "kernelspec": {"name": "spargo", "display_name": "Go (spargo)", "language": "go"},
    "language_info": {
        "name": "go",
        "file_extension": ".go",
        "mimetype": "text/x-go",
        "codemirror_mode": "go",
        "pygments_lexer": "go",
    },
}


def code(source, cell_id, tags=None):
    cell = new_code_cell(source.strip("\n"))
    cell.id = cell_id
    if tags:
        cell.metadata["tags"] = list(tags)
    return cell


def markdown(source, cell_id):
    cell = new_markdown_cell(source.strip("\n"))
    cell.id = cell_id
    return cell


def notebook(cells):
    nb = new_notebook(cells=cells, metadata=METADATA)
    nb.nbformat, nb.nbformat_minor = 4, 5
    nbformat.validate(nb)
    return nb


def tour():
    return notebook(
        [
            markdown(
                """
# A tour of spargo

spargo runs Go in Jupyter. Each cell is Go code; declarations and imports made
in one cell are visible in the cells that follow.
""",
                "intro",
            ),
            code(
                """
import (
    "fmt"
    "strings"
)
""",
                "imports",
            ),
            markdown("Variables live on from cell to cell.", "vars-md"),
            code(
                """
greeting := "Hello"
names := []string{"Ada", "Grace", "Ken"}
""",
                "vars",
            ),
            code(
                """
fmt.Println(greeting + ", " + strings.Join(names, " and ") + "!")
""",
                "use-vars",
            ),
            markdown("Functions, too. The value of a cell's last expression is shown as its result.", "func-md"),
            code(
                """
func square(x int) int {
    return x * x
}
""",
                "func",
            ),
            code("square(7)", "call-func"),
            markdown("Types with a `String()` method are displayed with it.", "type-md"),
            code(
                """
type Point struct {
    X, Y int
}

func (p Point) String() string {
    return fmt.Sprintf("Point(%d, %d)", p.X, p.Y)
}
""",
                "type",
            ),
            code(
                """
p := Point{X: 3, Y: 4}
p
""",
                "show-type",
            ),
            code(
                """
for i := 1; i <= 3; i++ {
    fmt.Printf("%d squared is %d\\n", i, square(i))
}
""",
                "loop",
            ),
            markdown("Rich output goes through the `display` package.", "display-md"),
            code('display.HTML("<b>bold</b>")', "html"),
            code('display.Markdown("# Title")', "markdown"),
            markdown("Magics: `%lsmagic` lists them, `%%time` times a cell.", "magics-md"),
            code("%lsmagic", "lsmagic"),
            code(
                """
%%time
total := 0
for i := 0; i < 1000; i++ {
    total += i
}
fmt.Println(total)
""",
                "time",
            ),
        ]
    )


def params():
    return notebook(
        [
            markdown("# Parameters\n\nRun with `papermill params.ipynb out.ipynb -p name Go -p n 3`.", "intro"),
            code('import "fmt"', "imports"),
            code(
                """
name := "world" // who to greet
n := 2          // how many times
""",
                "params",
                tags=["parameters"],
            ),
            code('fmt.Printf("hello %s x%d\\n", name, n)', "greet"),
        ]
    )


def fails():
    return notebook(
        [
            markdown("# A notebook that fails\n\nThe second code cell panics.", "intro"),
            code("answer := 40 + 2\nanswer", "good"),
            code('panic("bad input")', "bad"),
            code("answer * 2", "after"),
        ]
    )


def spark_local():
    nb = notebook(
        [
            markdown(
                "# Spark from Go\n\n"
                "This notebook uses the **Go + Spark local (spargo)** kernel: Spark starts on first use "
                "of `spark` (a Spark Connect session), with the default version from spargo's config "
                "(else the newest installed). `%spark start local 3.5` would pick a version.",
                "intro",
            ),
            code('df, err := spark.Sql(ctx, "SELECT id, id % 4 AS bucket, rand(7) AS score FROM range(100000)")\nerr', "start"),
            markdown("A DataFrame as a cell's value shows its first rows; the limit runs in Spark.", "show-md"),
            code("df", "show"),
            code('counts, _ := df.GroupBy(functions.Col("bucket")).Count(ctx)\n'
                 'sorted, _ := counts.Sort(ctx, functions.Col("bucket").Asc())\nsorted', "group"),
            code("n, err := df.Count(ctx)\nn", "count"),
            markdown("`%%sql` runs Spark SQL; `-o` keeps the whole result as an Arrow table in Go.", "sql-md"),
            code("%%sql -o top\nSELECT id % 4 AS bucket, count(*) AS n, round(avg(id), 1) AS mean_id\n"
                 "FROM range(100000)\nGROUP BY bucket ORDER BY bucket", "sql"),
            code('fmt.Println("rows:", top.NumRows(), "columns:", top.NumCols())', "bound"),
            code("%spark status", "status"),
        ]
    )
    nb.metadata["kernelspec"] = {"name": "spargo-local", "display_name": "Go + Spark local (spargo)", "language": "go"}
    return nb


def modern_go():
    """Issue 3's user-visible features, one cell each (tests/test_modern_go.py)."""
    return notebook(
        [
            markdown("# Modern Go in cells\n\nGo 1.21-1.26 features on the interpreter, with state kept.", "intro"),
            code("smallest, largest := min(3, 1, 2), max(2.5, 1)\nm := map[string]int{\"a\": 1}\nclear(m)\n"
                 "fmt.Println(smallest, largest, len(m))", "builtins"),
            code("var fs []func() int\nfor i := range 3 {\n\tfs = append(fs, func() int { return i })\n}\n"
                 "fmt.Println(fs[0](), fs[1](), fs[2]())", "loops"),
            code("func countdown(n int) iter.Seq[int] {\n\treturn func(yield func(int) bool) {\n"
                 "\t\tfor i := n; i > 0; i-- {\n\t\t\tif !yield(i) {\n\t\t\t\treturn\n\t\t\t}\n\t\t}\n\t}\n}", "iterdef"),
            code("for v := range countdown(3) {\n\tfmt.Print(v, \" \")\n}\nfmt.Println()", "iterrange"),
            code("type Number interface{ ~int | ~float64 }\n\nfunc Sum[T Number](xs ...T) T {\n\tvar s T\n"
                 "\tfor _, x := range xs {\n\t\ts += x\n\t}\n\treturn s\n}", "generic"),
            code("prices := []float64{1.5, 2.25}\nfmt.Println(Sum(prices...), Sum(1, 2, 3))", "inference"),
            code("type Stack[T any] struct{ items []T }\n\nfunc (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }\n\n"
                 "func (s *Stack[T]) Pop() (T, bool) {\n\tvar zero T\n\tif len(s.items) == 0 {\n\t\treturn zero, false\n\t}\n"
                 "\tv := s.items[len(s.items)-1]\n\ts.items = s.items[:len(s.items)-1]\n\treturn v, true\n}\n\n"
                 "func Describe[T any](x any) string {\n\tswitch x.(type) {\n\tcase T:\n\t\treturn \"T\"\n"
                 "\tcase int:\n\t\treturn \"int\"\n\t}\n\treturn \"other\"\n}\n\n"
                 "func Invert[M ~map[K]V, K, V comparable](m M) map[V]K {\n\tout := make(map[V]K, len(m))\n"
                 "\tfor k, v := range m {\n\t\tout[v] = k\n\t}\n\treturn out\n}", "generictypes"),
            code("s := &Stack[string]{}\ns.Push(\"a\")\ns.Push(\"b\")\ntop, _ := s.Pop()\n"
                 "fmt.Println(top, len(s.items), Describe[int](1), Describe[string](2), Invert(map[string]int{\"x\": 1})[1])",
                 "genericuse"),
            code("s.Push(\"c\")\nfmt.Println(s.items)", "genericstate"),
            code("type NotFound struct{ Key string }\n\nfunc (e *NotFound) Error() string { return e.Key + \" not found\" }\n\n"
                 "type Shape interface{ Area() float64 }\n\ntype Square struct{ Side float64 }\n\n"
                 "func (s Square) Area() float64 { return s.Side * s.Side }\n\n"
                 "func lookup(k string) error { return fmt.Errorf(\"lookup: %w\", &NotFound{k}) }", "errtypes"),
            code("var nf *NotFound\nfmt.Println(errors.As(lookup(\"id\"), &nf), nf.Key)\n"
                 "var err error = &NotFound{\"k\"}\nswitch e := err.(type) {\ncase *NotFound:\n\tfmt.Println(\"not found:\", e.Key)\n}\n"
                 "things := []any{Square{3}, \"x\"}\n_, isShape := things[0].(Shape)\nsq, n := Square{2}, 5\n"
                 "fmt.Println(isShape, sq.Area(), n)", "erruse"),
            code("var ErrGone = &NotFound{\"gone\"}\n\nfunc fetch(k string) error {\n\tif k == \"\" {\n\t\treturn ErrGone\n\t}\n"
                 "\treturn fmt.Errorf(\"fetch %q: %w\", k, ErrGone)\n}\n\nvar answer any = 42\nswitch answer {\ncase 42:\n"
                 "\tfmt.Println(\"forty-two\")\n}\nfmt.Println(fetch(\"\") == ErrGone, errors.Is(fetch(\"x\"), ErrGone), fetch(\"x\") == ErrGone)",
                 "sentinels"),
            code("type QueryError struct {\n\tQuery string\n\tErr   error\n}\n\n"
                 "func (e *QueryError) Error() string { return e.Query + \": \" + e.Err.Error() }\n\n"
                 "func (e *QueryError) Unwrap() error { return e.Err }\n\n"
                 "wrapped := fmt.Errorf(\"report: %w\", &QueryError{\"SELECT 1\", ErrGone})\nvar qe *QueryError\n"
                 "fmt.Println(errors.Is(wrapped, ErrGone), errors.As(wrapped, &qe), qe.Query)", "wrapping"),
            code("type Temp float64\n\nfunc (t Temp) String() string { return fmt.Sprintf(\"%.1f°\", float64(t)) }\n\n"
                 "temps := []Temp{20, 21.5}\nfmt.Printf(\"%v %T %T\\n\", temps, temps[0], Square{1})\n"
                 "for i, r := range \"a\\xffb\" {\n\tfmt.Print(i, \":\", r, \" \")\n}\nfmt.Println()", "printing"),
            code("type Getter[T any] interface{ Get() T }\n\ntype Box[T any] struct{ V T }\n\n"
                 "func (b Box[T]) Get() T { return b.V }\n\n"
                 "func FirstGet[T any](xs []any) T { return xs[0].(Getter[T]).Get() }\n\n"
                 "func Has[T interface {\n\tcomparable\n\tShape\n}](shapes []Shape, v T) bool {\n"
                 "\tfor _, s := range shapes {\n\t\tif s == v {\n\t\t\treturn true\n\t\t}\n\t}\n\treturn false\n}\n\n"
                 "type Recv <-chan int\n\nc := make(chan int)\nvar r Recv = make(Recv)\n"
                 "fmt.Println(FirstGet[string]([]any{Box[string]{\"boxed\"}}), Has([]Shape{Square{1}, Square{2}}, Square{2}), c == r)",
                 "genericiface"),
            code("type Reading struct {\n\tSensor string `json:\"sensor\"`\n\tValue  float64\n\traw    []byte\n}\n\n"
                 "ch := make(chan Reading, 2)\nch <- Reading{\"t1\", 20.5, nil}\nch <- Reading{\"t2\", 21, nil}\n"
                 "got := make([]Reading, 2)\nfor i := range got {\n\tgot[i] = <-ch\n}\n"
                 "b, _ := json.Marshal(got)\nfmt.Println(string(b))", "receivejson"),
            code("temps := []float64{20.5, 23.1, 19.8}\nvar shapes []Shape = []Shape{Square{2}}\n"
                 "fmt.Println(slices.Max(temps), slices.Min(temps), slices.Index(temps, 23.1), slices.Contains(temps, 1))\n"
                 "fmt.Printf(\"%T %v\\n\", shapes[0], Shape(Square{3}).Area())", "stdlibmore"),
            code("func firstLong(seq iter.Seq[string]) (string, bool) {\n\tfor w := range seq {\n\t\tif len(w) > 2 {\n"
                 "\t\t\treturn w, true\n\t\t}\n\t}\n\treturn \"\", false\n}\n\n"
                 "word, found := firstLong(slices.Values([]string{\"a\", \"bcd\", \"ef\"}))\n"
                 "var n int\nvar err error\nn, err = len(word), nil\nfmt.Println(word, found, n, err)", "iterreturn"),
            code("type Labeled interface {\n\tArea() float64\n\tString() string\n}\n\ntype Tile int\n\n"
                 "func (t Tile) Area() float64  { return float64(t * t) }\n"
                 "func (t Tile) String() string { return fmt.Sprintf(\"tile%d\", int(t)) }\n\n"
                 "func describe(v any) string {\n\tswitch v.(type) {\n\tcase Square:\n\t\treturn \"square\"\n"
                 "\tcase Labeled:\n\t\treturn \"labeled\"\n\t}\n\treturn \"other\"\n}\n\n"
                 "var best Labeled\nvar bestArea float64\nbest, bestArea = Tile(3), Tile(3).Area()\n"
                 "row := map[string]any{\"shape\": Shape(Square{2}), \"n\": 1}\n"
                 "fmt.Println(best, bestArea, describe(Square{1}), describe(Tile(2)), row)", "ifacevalues"),
            code("func catch(where *string) {\n\tif r := recover(); r != nil {\n\t\t*where = fmt.Sprint(\"recovered: \", r)\n\t}\n}\n\n"
                 "func risky() (msg string) {\n\tdefer catch(&msg)\n\tvar s Shape\n\ts.Area()\n\treturn \"no panic\"\n}\n\n"
                 "func kindOf[T any](v any) string {\n\tswitch v.(type) {\n\tcase T:\n\t\treturn \"T\"\n"
                 "\tcase int:\n\t\treturn \"int\"\n\t}\n\treturn \"other\"\n}\n\n"
                 "fmt.Println(risky())\nfmt.Println(kindOf[Shape](Tile(2)), kindOf[Labeled](Square{1}), kindOf[string](3))",
                 "recoverswitch"),
            code("type Event struct {\n\tKind  string\n\tValue int\n}\n\n"
                 "func produce(out chan<- Event) {\n\tdefer close(out)\n\tfor i, k := range []string{\"a\", \"b\"} {\n"
                 "\t\tselect {\n\t\tcase out <- Event{k, i * 10}:\n\t\t}\n\t}\n}\n\n"
                 "func collect(ch chan Event) (Event, bool) { return <-ch, true }\n\n"
                 "type Circle struct{ R float64 }\n\nfunc (c Circle) Area() float64  { return 3 * c.R * c.R }\n"
                 "func (c Circle) String() string { return fmt.Sprintf(\"Circle(%g)\", c.R) }\n\n"
                 "type BadInput struct {\n\tField string\n\tline  int\n}\n\n"
                 "func (e BadInput) Error() string { return \"bad \" + e.Field }\n\n"
                 "ch := make(chan Event)\ngo produce(ch)\nfirst, _ := collect(ch)\nsecond, ok := collect(ch)\n"
                 "var s Shape = Circle{2}\nvar err error = BadInput{\"age\", 3}\nvar held any = BadInput{\"name\", 4}\n"
                 "fmt.Println(first, second, ok, s)\n"
                 "fmt.Printf(\"%v %v %+v\\n\", errors.Is(err, errors.ErrUnsupported), err, held)", "chanprint"),
            code("lookup := map[string]int{\"a\": 1}\nfound := 0\nfor _, k := range []string{\"a\", \"b\"} {\n"
                 "\tv, ok := lookup[k]\n\tif ok {\n\t\tfound += v\n\t}\n\tfmt.Print(k, v, \" \")\n}\n"
                 "var asBad BadInput\nfmt.Println(found, errors.As(err, &asBad), asBad.Field, cmp.Or(0, 7))\n"
                 "if b, ok := err.(BadInput); ok {\n\tfmt.Println(\"assert\", b.Field, b.line)\n}\n"
                 "fmt.Println([]Shape{Square{2}, Circle{1}})", "loopsprint"),
            code("func next(n int) int { return n * 2 }\n\ndefer fmt.Println(\"deferred once\")\n"
                 "if got, want := next(2), 4; got != want {\n\tfmt.Println(\"bad int\")\n}\n"
                 "if got, want := strings.Repeat(\"a\", 2), \"aa\"; got != want {\n\tfmt.Println(\"bad string\")\n}\n"
                 "i, j := 0, 1\nfor i, j = i+1, next(j); j < 100; i, j = i+1, next(j) {\n}\n"
                 "var mask uint64\nfor bit := range 3 {\n\tmask |= 1 << bit\n}\n"
                 "done := make(chan int, 2)\ndone <- 7\nclose(done)\nreceived := 0\nfor range 3 {\n"
                 "\tselect {\n\tcase v, ok := <-done:\n\t\tif !ok {\n\t\t\tbreak\n\t\t}\n\t\treceived += v\n\t}\n}\n"
                 "fmt.Println(i, j, mask, received)", "toplevel"),
            code("fmt.Println(\"next cell\")", "afterdefer"),
            code("func label(r Record) string { return r.Name + \"!\" }\n\n"
                 "func closeAll(names []string) (log []string) {\n\tfor _, n := range names {\n"
                 "\t\tdefer func() { log = append(log, \"close \"+n) }()\n\t}\n\treturn nil\n}\n\n"
                 "type Stamp struct {\n\tID int `json:\"id\"`\n}\n\n"
                 "type Record struct {\n\tStamp\n\tName string `json:\"name\"`\n}\n\n"
                 "func areaOf(v any) int {\n\ttype sizer interface{ Area() float64 }\n"
                 "\tif s, ok := v.(sizer); ok {\n\t\treturn int(s.Area())\n\t}\n\treturn -1\n}\n\n"
                 "results := make(chan int, 1)\nresults <- 5\ngot := <-results\ngot *= 2\n"
                 "var rec Record\njson.Unmarshal([]byte(`{\"id\":3,\"name\":\"r\"}`), &rec)\n"
                 "out, _ := json.Marshal(rec)\n"
                 "fmt.Println(closeAll([]string{\"a\", \"b\"}), got, string(out), areaOf(Square{3}), label(rec))",
                 "session10"),
            code("type Worker struct{ id, done int }\nfunc (w *Worker) Run() { w.done += w.id }\n"
                 "type Level int\n"
                 "func (l Level) MarshalJSON() ([]byte, error) { return json.Marshal([]string{\"low\", \"high\"}[l]) }\n"
                 "type Temp float64\nfunc (t Temp) String() string { return fmt.Sprintf(\"%.1f deg\", float64(t)) }\n"
                 "func kind(v any) string {\n\tswitch v.(type) {\n\tcase Temp:\n\t\treturn \"temp\"\n"
                 "\tcase float64:\n\t\treturn \"float\"\n\t}\n\treturn \"other\"\n}\n"
                 "workers := []*Worker{{id: 1}, {id: 2}}\nvar runs []func()\n"
                 "for _, w := range workers {\n\truns = append(runs, w.Run)\n}\n"
                 "for _, r := range runs {\n\tr()\n}\n"
                 "doc, _ := json.Marshal(map[string]any{\"level\": Level(1)})\n"
                 "fmt.Println(workers[0].done, workers[1].done, kind(Temp(1)), kind(2.5), string(doc))\n"
                 "if len(runs) == 2 {\n\treturn\n}\nfmt.Println(\"not reached\")",
                 "session11"),
            code("type TokKind int\nconst (\n\tNumTok TokKind = iota\n\tParenTok\n)\n"
                 "type Tok struct {\n\tKind TokKind\n\tText string\n}\n"
                 "type UserID int64\ntype listNode struct{ prev, next *listNode }\n"
                 "func firstKind(toks []Tok) string {\n\ti := 0\n\tnext := func() Tok { t := toks[i]; i++; return t }\n"
                 "\tswitch t := next(); t.Kind {\n\tcase NumTok:\n\t\treturn \"num\"\n\tcase ParenTok:\n\t\treturn \"paren\"\n\t}\n"
                 "\treturn \"none\"\n}\n"
                 "type Batch struct{ Rows []int }\n"
                 "func batches(in []int) (out []Batch) {\n\tvar cur Batch\n"
                 "\tflush := func() { out = append(out, cur); cur = Batch{} }\n"
                 "\tfor _, r := range in {\n\t\tcur.Rows = append(cur.Rows, r)\n\t\tif len(cur.Rows) == 2 {\n\t\t\tflush()\n\t\t}\n\t}\n"
                 "\treturn out\n}\n"
                 "func unlink(n *listNode) { n.prev, n.next = nil, nil }\n"
                 "n := &listNode{}\nn.next = n\nunlink(n)\nvar id any = UserID(7)\n"
                 "fmt.Printf(\"%s %v %T %v %v\\n\", firstKind([]Tok{{ParenTok, \"(\"}}), batches([]int{1, 2, 3, 4}), id, "
                 "[]any{UserID(1), 2.5}, n.next == nil)",
                 "session12"),
            code("import \"text/template\"\ntype Shape interface{ Area() int }\ntype Sq struct{ S int }\nfunc (s Sq) Area() int { return s.S * s.S }\nfunc mk(i int) Sq { return Sq{i} }\nfunc count(m map[string]int) (int, int) {\n\ttotal := 0\n\tfor _, v := range m {\n\t\ttotal += v\n\t}\n\treturn total, len(m)\n}\ntype Closer struct {\n\tname string\n\tlog  *[]string\n}\nfunc (c *Closer) Close() { *c.log = append(*c.log, c.name) }\nfunc closeAll(names []string) (log []string) {\n\tfunc() {\n\t\tfor _, n := range names {\n\t\t\tc := &Closer{n, &log}\n\t\t\tdefer c.Close()\n\t\t}\n\t}()\n\treturn log\n}\ntype Inv struct{ N int }\nfunc (i Inv) Total() int { return i.N * 2 }\nvar shapes []Shape\nfor i := range 3 {\n\tshapes = append(shapes, mk(i+1))\n}\nt, n := count(map[string]int{\"a\": 1, \"b\": 2})\ntpl := template.Must(template.New(\"t\").Parse(\"total={{.Total}} \"))\ntpl.Execute(os.Stdout, Inv{21})\nfmt.Println(shapes[0].Area(), shapes[2].Area(), t, n, closeAll([]string{\"x\", \"y\"}))",
                 "session13"),
            code("import (\"encoding/csv\"; htmltemplate \"html/template\"; \"log/slog\")\ntype Piece14 interface{ Moves(b *Board14) int }\ntype Rook14 struct{ n int }\nfunc (r Rook14) Moves(b *Board14) int { return r.n + len(b.cells) }\nvar spare = []int{1}\ntype Board14 struct{ cells [2]Piece14 }\ntype Totals14 [2]int\ntype Secret14 string\nfunc (Secret14) LogValue() slog.Value { return slog.StringValue(\"[REDACTED]\") }\ntype Order14 struct{ ID string }\nfunc (o Order14) URL() string { return \"/t?id=\" + o.ID }\nvar b14 Board14\nb14.cells[0] = Rook14{3}\nrows, err := csv.NewReader(strings.NewReader(\"id,name\\n1,ana\\n\")).ReadAll()\nheader := rows[0]\nreps := map[string]*Totals14{}\nfor i, k := range []string{\"a\", \"b\"} {\n\treps[k] = &Totals14{}\n\treps[k][0] = i + 1\n}\nlogger := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: func(g []string, a slog.Attr) slog.Attr {\n\tif a.Key == \"time\" {\n\t\treturn slog.Attr{}\n\t}\n\treturn a\n}}))\nlogger.Info(\"login\", \"token\", Secret14(\"tok\"))\nhtmltemplate.Must(htmltemplate.New(\"h\").Parse(`<a href=\"{{.URL}}\">x</a>`)).Execute(os.Stdout, Order14{\"7\"})\nfmt.Println()\nfmt.Println(b14.cells[0].Moves(&b14), header, err, *reps[\"a\"], *reps[\"b\"], complex(0, math.Pi), len(spare))",
                 "session14"),
            code("var nowhere *Square\nnowhere.Side = 1", "nilderef", tags=["raises-exception"]),
            code("ages := map[string]int{\"bo\": 31, \"al\": 40}\nfmt.Println(slices.Sorted(maps.Keys(ages)))\n"
                 "for line := range strings.Lines(\"x\\ny\\n\") {\n\tfmt.Print(strings.ToUpper(line))\n}\n"
                 "fmt.Println(cmp.Compare(2, 1), rand.IntN(1) == 0)", "stdlib"),
            code("func greet() string { return \"hello\" }\nfunc shout() string { return greet() + \"!\" }", "funcs"),
            code("func greet() string { return \"bonjour\" }\nshout()", "redefine"),
            code("type Point struct{ X int }\np1 := Point{X: 1}", "type1"),
            code("type Point struct{ X, Y int }\np2 := Point{X: 1, Y: 2}\nfmt.Println(p2.Y)", "type2"),
            code("total := 1\nfunc report() int { return total }", "var1"),
            code("total := 5\nreport()", "var2"),
            code("type Celsius float64\nfunc (c Celsius) F() float64 { return float64(c)*9/5 + 32 }\n"
                 "toF := Celsius.F\ntoF(100)", "methodexpr"),
            code("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"compiled\", 6*7)\n}", "program"),
            code("func main() { fmt.Println(\"interpreted main, total is\", total) }\nmain()", "mainfunc"),
            code("fmt.Println(\"before exit\")\nos.Exit(0)\nfmt.Println(\"not reached\")", "exit0"),
            code("os.Exit(3)", "exit3", tags=["raises-exception"]),
            code("y := 1\nz := y + undefinedName", "compileerr", tags=["raises-exception"]),
            code("fmt.Println(\"still running\", total)", "after"),
        ]
    )


NOTEBOOKS = {"tour.ipynb": tour, "params.ipynb": params, "fails.ipynb": fails, "spark_local.ipynb": spark_local,
             "modern_go.ipynb": modern_go}


def main():
    for name, build in NOTEBOOKS.items():
        nbformat.write(build(), HERE / name)
        print("wrote", HERE / name)


if __name__ == "__main__":
    main()
