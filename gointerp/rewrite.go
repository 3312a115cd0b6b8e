package gointerp

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"regexp"
	"sort"
	"strings"
)

// recoverStmt is inserted at the top of every goroutine a cell starts: a
// panic there would otherwise kill the whole kernel process.
const recoverStmt = " defer func() { if r := recover(); r != nil { " + rtName + ".GoPanic(r) } }();"

// rewriteWords are the words whose presence makes rewrite parse a source.
var rewriteWords = regexp.MustCompile(`\bfunc\s*(\([^)]*\)\s*)?\w*\s*\(\s*(\[|\*|map\[|chan\b|func\b|[\pL_]\w*(\.[\pL_]\w*)?\s*[,)])|[^:!<>=]=\s*[-!^+]|\b(go|for|min|max|select)\b|\breturn\b[^\n]*<-|,\s*nil\b|\bstruct\s*\{|=\s*<-|\bfunc\s*\([^)]*\)\s*\w+\s*\(|\bcase\b[^:\n]*,|\)\s*\(\s*[\pL_]\w*(\s*,\s*[\pL_]\w*)*\s+[^\s,)]|\.\(|,[^\n]*[:=]=?[^\n]*\{|,[^\n]*=[^=][^\n]*[(\[]|\b[a-z]\w*\.[A-Z]\w*\s*(\+\+|--|(<<|>>|&\^|[-+*/%&|^])?=[^=])`)

var intTypes = map[string]bool{
	"int": true, "int8": true, "int16": true, "int32": true, "int64": true,
	"uint": true, "uint8": true, "uint16": true, "uint32": true, "uint64": true, "uintptr": true,
}

// basicTypes are the names of the predeclared types that are not
// interfaces.
var basicTypes = map[string]bool{
	"int": true, "int8": true, "int16": true, "int32": true, "int64": true, "uint": true, "uint8": true,
	"uint16": true, "uint32": true, "uint64": true, "uintptr": true, "float32": true, "float64": true,
	"complex64": true, "complex128": true, "string": true, "bool": true, "byte": true, "rune": true,
}

type edit struct {
	start, end int // byte offsets in src; start == end inserts
	text       string
}

// rewrite adapts src to yaegi with line-preserving text edits. Every go
// statement recovers its panics: a function literal gets a deferred recover
// inserted after its opening brace (same lines, same argument evaluation);
// another call is rewritten to evaluate its function and arguments first,
// then run them in a recovering literal. Loops get Go 1.22 semantics
// (lowerLoops), variables of select cases and type switches one per run of
// their clause (casevars.go), and min/max calls a yaegi-friendly argument
// order. Top-level statements whose blocks define several variables from
// one value run in a function literal (topblocks.go).
// typeOf gives the type of a name from earlier cells ("" if unknown), and
// isPkg tells the names of imported packages. Code that does not parse is
// returned unchanged for yaegi to report.
func rewrite(src string, typeOf func(string) string, isPkg func(string) bool) string {
	src = wrapTopBlocks(src)
	if !rewriteWords.MatchString(src) {
		return src
	}
	const filePrefix = "package p\n"
	fset := token.NewFileSet()
	prefix := filePrefix
	f, err := parser.ParseFile(fset, "", prefix+src, parser.SkipObjectResolution)
	if err != nil {
		ps, err := parseStmts(src, parser.SkipObjectResolution)
		if err != nil && err != errNotStmts {
			return src
		}
		prefix, fset, f = stmtsPrefix, ps.fset, ps.file
	}
	off := func(p token.Pos) int { return fset.Position(p).Offset - len(prefix) }
	var edits []edit
	n := 0
	isIntName := func(name string) bool { return intTypes[typeOf(name)] }
	locals := localInts(f, isIntName)
	typed, exprType := checkTypes(fset, f)
	isInt := func(e ast.Expr) bool {
		return typed(e) || intExpr(e, func(s string) bool { return locals[s] || isIntName(s) })
	}
	loops, reorders, selects, switches := 0, 0, 0, 0
	lowered := map[ast.Stmt]bool{} // loops lowered to calls
	comms := map[ast.Stmt]bool{}   // the sends and receives of select cases
	labeled := map[*ast.SelectStmt]string{}
	inits := notInBlock(f)
	funcOf := enclosingFuncs(f)
	topOks := map[ast.Node]bool{}
	edits = append(edits, topCommaOks(src, f, off, topOks)...)
	ast.Inspect(f, func(node ast.Node) bool {
		switch x := node.(type) {
		case *ast.RangeStmt:
			if e := lowerRangeFunc(src, x, off, typeOf); e != nil {
				edits = append(edits, e...)
				lowered[x] = true
				return true
			}
			edits = append(edits, lowerLoops(src, node, off, isInt, &loops)...)
			return true
		case *ast.ForStmt:
			edits = append(edits, lowerLoops(src, node, off, isInt, &loops)...)
			return true
		case *ast.FuncDecl:
			edits = append(edits, nameParams(x.Type, x.Body, off)...)
			edits = append(edits, zeroResults(src, x.Type, x.Body, off)...)
			return true
		case *ast.FuncLit:
			edits = append(edits, nameParams(x.Type, x.Body, off)...)
			edits = append(edits, zeroResults(src, x.Type, x.Body, off)...)
			return true
		case *ast.SwitchStmt:
			edits = append(edits, orCases(src, x, off)...)
			return true
		case *ast.CallExpr:
			if e, ok := reorderMinMax(src, x, off); ok {
				edits = append(edits, e)
			}
			edits = append(edits, spreadCalls(src, x, off)...)
			return true
		case *ast.ReturnStmt:
			edits = append(edits, parenReceives(x.Results, funcOf[x], off)...)
			return true
		case *ast.LabeledStmt:
			if sel, ok := x.Stmt.(*ast.SelectStmt); ok {
				labeled[sel] = x.Label.Name
			}
			return true
		case *ast.SelectStmt:
			selects++
			for _, st := range x.Body.List {
				if cc, ok := st.(*ast.CommClause); ok && cc.Comm != nil {
					comms[cc.Comm] = true // a receive there stays as it is
				}
			}
			// the label goes in before selectSends' block (see applyEdits)
			edits = append(edits, selectBreaks(x, labeled[x], off, selects)...)
			if labeled[x] == "" {
				edits = append(edits, selectSends(src, x, off, selects)...)
			}
			edits = append(edits, selectCaseVars(x, off, selects)...)
			edits = append(edits, selectCaseAssigns(src, x, off, selects)...)
			return true
		case *ast.TypeSwitchStmt:
			switches++
			if e := anyCase(src, x, off); e != nil {
				edits = append(edits, e...)
			} else {
				edits = append(edits, bindSwitch(x, off)...)
				edits = append(edits, switchCaseVars(x, off, switches)...)
			}
			return true
		case *ast.StructType:
			edits = append(edits, hideUnexported(src, x, off)...)
			return true
		case *ast.IncDecStmt:
			edits = append(edits, pkgVarTarget(x.X, off, isPkg)...)
			return true
		case *ast.AssignStmt:
			if !inits[x] {
				reorders++
				edits = append(edits, callsFirst(src, x, off, reorders)...)
				edits = append(edits, nilsLast(src, x, off)...)
				if !topOks[x] {
					edits = append(edits, mapCommaOk(src, x, off)...)
				}
			}
			if x.Tok != token.DEFINE {
				for _, l := range x.Lhs {
					edits = append(edits, pkgVarTarget(l, off, isPkg)...)
				}
			}
			if x.Tok == token.ASSIGN && len(x.Lhs) == len(x.Rhs) {
				for i, r := range x.Rhs {
					edits = append(edits, parenOperation(x.Lhs[i], r, exprType, off)...)
				}
			}
			if len(x.Lhs) == 2 && len(x.Rhs) == 1 {
				edits = append(edits, nilSafeAssert(src, x.Rhs[0], isBlank(x.Lhs[0]), off)...)
			}
			edits = append(edits, parenLiterals(x.Rhs, off)...)
			edits = append(edits, parenCalls(x, off)...)
			if !comms[x] {
				edits = append(edits, parenReceive(x, off)...)
			}
			return true
		case *ast.ValueSpec:
			if len(x.Names) == 2 && len(x.Values) == 1 {
				edits = append(edits, nilSafeAssert(src, x.Values[0], x.Names[0].Name == "_", off)...)
			}
			edits = append(edits, parenLiterals(x.Values, off)...)
			edits = append(edits, parenVarReceive(x, off)...)
			return true
		}
		g, ok := node.(*ast.GoStmt)
		if !ok {
			return true
		}
		if lit, ok := g.Call.Fun.(*ast.FuncLit); ok {
			p := off(lit.Body.Lbrace) + 1
			edits = append(edits, edit{p, p, recoverStmt})
			return true
		}
		if id, ok := g.Call.Fun.(*ast.Ident); ok && isBuiltin(id.Name) {
			return true
		}
		n++
		start, end := off(g.Pos()), off(g.End())
		text := goCall(src, g.Call, off, n)
		// Keep the line count so later positions still map to the cell.
		if d := strings.Count(src[start:end], "\n") - strings.Count(text, "\n"); d > 0 {
			text += strings.Repeat("\n", d)
		}
		edits = append(edits, edit{start, end, text})
		return false
	})
	if selects > 0 {
		edits = append(edits, selectBranches(f, off, lowered, &loops)...)
	}
	return applyEdits(src, edits)
}

// closeMark leads the text of an insertion that closes a wrapper
// (checked.addClose), so that of two wrappers of one expression the one
// recorded later, which opens first, closes last:
// `JSONWith(Interpreted(x), hooks)`, not `JSONWith(Interpreted(x, hooks))`.
const closeMark = "\x00close:"

// applyEdits applies edits to src from the end backwards. An edit inside
// the range another one replaces is dropped (the outer edit wrote its text
// from src, so it must see the part it replaces unchanged); of two edits
// that overlap otherwise, the later one is kept.
func applyEdits(src string, edits []edit) string {
	// At one offset, a replacement goes before an insertion (kept after
	// it). Insertions there end up in the reverse of their order here:
	// closing texts (closeMark) last, and of those the one recorded first.
	seq := make([]int, len(edits))
	for i := range seq {
		seq[i] = i
	}
	sort.SliceStable(seq, func(a, b int) bool {
		x, y := edits[seq[a]], edits[seq[b]]
		xc, yc := strings.HasPrefix(x.text, closeMark), strings.HasPrefix(y.text, closeMark)
		switch {
		case x.start != y.start:
			return x.start > y.start
		case x.end != y.end:
			return x.end > y.end
		case xc != yc:
			return yc
		}
		return xc && seq[a] > seq[b]
	})
	sorted := make([]edit, len(edits))
	for i, k := range seq {
		sorted[i] = edits[k]
		sorted[i].text = strings.TrimPrefix(sorted[i].text, closeMark)
	}
	edits = sorted
	last := len(src) + 1
	for i, e := range edits {
		if e.end > last || replacedBy(e, edits[i+1:]) {
			continue
		}
		src = src[:e.start] + e.text + src[e.end:]
		last = e.start
	}
	return src
}

// replacedBy reports whether e lies strictly inside the range that one of
// the edits (those that start at or before it) replaces.
func replacedBy(e edit, edits []edit) bool {
	for _, o := range edits {
		if o.start < e.start && e.end < o.end {
			return true
		}
	}
	return false
}

// checkTypes type-checks f as far as it can (names from other cells and
// packages are unknown to it) and returns a test for expressions of
// integer type: `range MyInt(4)` and `range -n` are ranges over integers
// that the syntactic test (intExpr) misses.
func checkTypes(fset *token.FileSet, f *ast.File) (isInt func(ast.Expr) bool, typeOf func(ast.Expr) types.Type) {
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}}
	conf := types.Config{Error: func(error) {}, Importer: noImporter{}}
	_, _ = conf.Check("p", fset, []*ast.File{f}, info)
	typeOf = func(e ast.Expr) types.Type { return info.Types[e].Type }
	isInt = func(e ast.Expr) bool {
		b, ok := under(typeOf(e)).(*types.Basic)
		return ok && b.Info()&types.IsInteger != 0
	}
	return isInt, typeOf
}

// noImporter imports nothing: rewrite checks a cell alone, quickly.
type noImporter struct{}

func (noImporter) Import(path string) (*types.Package, error) {
	return nil, fmt.Errorf("%s not loaded", path)
}

// goCall renders `go f(a, b)` as a block that evaluates f, a and b now and
// calls them in a recovering goroutine.
func goCall(src string, call *ast.CallExpr, off func(token.Pos) int, n int) string {
	text := func(e ast.Node) string { return src[off(e.Pos()):off(e.End())] }
	names := []string{fmt.Sprintf("spargoF%d", n)}
	vals := []string{text(call.Fun)}
	var args []string
	for i, a := range call.Args {
		if id, ok := a.(*ast.Ident); ok && id.Name == "nil" {
			args = append(args, "nil") // an untyped nil has no variable of its own
			continue
		}
		names = append(names, fmt.Sprintf("spargoA%d_%d", n, i))
		vals = append(vals, text(a))
		args = append(args, names[len(names)-1])
	}
	argList := strings.Join(args, ", ")
	if call.Ellipsis.IsValid() {
		argList += "..."
	}
	// One definition each: in a parallel one (`f, a := g, x`), yaegi gave
	// a function value held in a variable (a closure) as nil.
	var defs strings.Builder
	for i, name := range names {
		defs.WriteString(name + " := " + vals[i] + "; ")
	}
	return fmt.Sprintf("{ %sgo func() {%s %s(%s) }() }", defs.String(), recoverStmt, names[0], argList)
}

func isBuiltin(name string) bool {
	switch name {
	case "print", "println", "close", "panic", "copy", "delete", "clear", "recover":
		return true
	}
	return false
}

// nilSafeAssert rewrites the comma-ok assertion `v, ok := x.(T)` to test
// for a nil x first: yaegi panics ("call of reflect.Value.Type on zero
// Value") when x is a nil interface and T an interface type, where Go
// gives the zero value and false. A name x is tested and asserted where
// it is, keeping its static type (yaegi finds a value of a session type
// in an error only then); another x is evaluated once, into an any, and
// a value yaegi wrapped for a standard interface is unwrapped for it. A
// value assigned to _ (blank) is not taken: yaegi's `r, ok := x.(I)`
// panics for an any holding a named non-struct type, `_, ok` does not.
func nilSafeAssert(src string, e ast.Expr, blank bool, off func(token.Pos) int) []edit {
	ta, ok := e.(*ast.TypeAssertExpr)
	if !ok || ta.Type == nil {
		return nil
	}
	t := taggedText(src, ta.Type, off)
	if strings.Contains(t, "\n") {
		return nil // keep the lines
	}
	if isEmptyIfaceExpr(ta.Type) {
		// yaegi's x.(any) failed: it holds for any non-nil x (anycase.go).
		return []edit{{off(ta.Pos()), off(ta.Pos()), "func(spargo_x any) (any, bool) { return spargo_x, spargo_x != nil }("},
			{off(ta.X.End()), off(ta.End()), ")"}}
	}
	if isName(ta.X) {
		x := src[off(ta.X.Pos()):off(ta.X.End())]
		take := "spargo_r, spargo_ok := " + x + ".(" + t + "); return spargo_r, spargo_ok }()"
		if blank {
			take = "_, spargo_ok := " + x + ".(" + t + "); return spargo_z, spargo_ok }()"
		}
		fn := "func() (" + t + ", bool) { var spargo_z " + t + "; if " + x + " == nil { return spargo_z, false }; " + take
		return []edit{{off(ta.Pos()), off(ta.End()), fn}}
	}
	r, res := "spargo_r", "spargo_r"
	if blank {
		r, res = "_", "spargo_z"
	}
	// No unwrapping for a basic type: yaegi's wrapper is for a session
	// type, and passing it out failed for an empty struct with methods
	// ("reflect: Field index out of bounds").
	unwrap := "if !spargo_ok { " + r + ", spargo_ok = " + rtName + ".Interpreted(spargo_x).(" + t + ") }; "
	if id, ok := ta.Type.(*ast.Ident); ok && basicTypes[id.Name] {
		unwrap = ""
	}
	fn := "func(spargo_x any) (" + t + ", bool) { var spargo_z " + t + "; if spargo_x == nil { return spargo_z, false }; " +
		r + ", spargo_ok := spargo_x.(" + t + "); " + unwrap + "return " + res + ", spargo_ok }("
	return []edit{{off(ta.Pos()), off(ta.Pos()), fn}, {off(ta.X.End()), off(ta.End()), ")"}}
}

// pkgVarTarget writes the assignment target pkg.Var as *(&pkg.Var): yaegi
// takes a package variable on the left of an assignment for its value, so
// `runtime.MemProfileRate = n` failed ("cannot assign to 524288") and
// `os.Args = xs` did nothing at all. Through its address the variable is
// set; for a valid target the two forms are the same Go.
func pkgVarTarget(e ast.Expr, off func(token.Pos) int, isPkg func(string) bool) []edit {
	sel, ok := e.(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	if id, ok := sel.X.(*ast.Ident); !ok || !isPkg(id.Name) {
		return nil
	}
	return []edit{{off(sel.Pos()), off(sel.Pos()), "*(&"}, {off(sel.End()), off(sel.End()), ")"}}
}

// isBlank reports whether e is the blank identifier.
func isBlank(e ast.Expr) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == "_"
}

// isName reports whether e is a name or a selector of names (x, a.b.c).
func isName(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.Ident:
		return true
	case *ast.SelectorExpr:
		return isName(x.X)
	}
	return false
}

// nilsLast moves the nil values out of a multi-value assignment to
// variables: `v, err = x, nil` becomes `v = x; err = nil`. yaegi
// panicked on the untyped nil there ("reflect: New(nil)"). The values
// are all evaluated before the variables are assigned, as before (nil has
// no effects). Only for plain variables, on one line. The other values'
// text stays in place (other edits may wrap it): the nil targets and
// values are cut out, with their commas.
func nilsLast(src string, x *ast.AssignStmt, off func(token.Pos) int) []edit {
	if x.Tok != token.ASSIGN || len(x.Lhs) < 2 || len(x.Lhs) != len(x.Rhs) {
		return nil
	}
	start, end := off(x.Pos()), off(x.End())
	if strings.Contains(src[start:end], "\n") {
		return nil
	}
	var nils []string
	last := -1 // the last value that is not nil
	for i, l := range x.Lhs {
		name := identName(l)
		if name == "" {
			return nil
		}
		if !isNilIdent(x.Rhs[i]) {
			last = i
		} else if name != "_" {
			nils = append(nils, name+" = nil")
		}
	}
	if len(nils) == 0 {
		return nil
	}
	text := "; " + strings.Join(nils, "; ")
	if last < 0 {
		return []edit{{start, end, text[2:]}}
	}
	var edits []edit
	for i := range x.Lhs {
		if !isNilIdent(x.Rhs[i]) || i > last {
			continue
		}
		edits = append(edits, edit{off(x.Lhs[i].Pos()), off(x.Lhs[i+1].Pos()), ""}, edit{off(x.Rhs[i].Pos()), off(x.Rhs[i+1].Pos()), ""})
	}
	if n := len(x.Lhs) - 1; last < n {
		edits = append(edits, edit{off(x.Lhs[last].End()), off(x.Lhs[n].End()), ""}, edit{off(x.Rhs[last].End()), off(x.Rhs[n].End()), ""})
	}
	return append(edits, edit{end, end, text})
}

func isNilIdent(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && id.Name == "nil"
}
