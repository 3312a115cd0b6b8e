package gointerp

import (
	"fmt"
	"go/ast"
	"go/build"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// genericFunc finds a generic function declaration.
var genericFunc = regexp.MustCompile(`(?m)^func\s+\w+\s*\[`)

// typeArgs makes the type arguments of generic calls explicit: yaegi
// infers them only in simple cases (not through core types, function
// arguments or untyped constants), while go/types infers them as the
// compiler does. Each cell is type-checked with the declarations the
// session has made; a call whose inference succeeds gets `[T1, T2]`
// inserted after the function's name. A cell go/types cannot check fully
// (an unknown package, a variable from a statement cell) keeps the calls
// it cannot type unchanged, for yaegi to try.
type typeArgs struct {
	// varType gives the type of a session variable that statements
	// declared (x := ...), as Go source, or "" when it cannot be written.
	varType func(name string) string
	fset    *token.FileSet
	imp     types.Importer    // from GOROOT sources, created on first use
	decls   map[string]string // declaration source by key (name, or Type.Method)
	order   []string          // keys in first-declared order
}

func newTypeArgs(varType func(string) string) *typeArgs {
	return &typeArgs{varType: varType, fset: token.NewFileSet(), decls: map[string]string{}}
}

// apply returns body with explicit type arguments where inference needs
// them. imports maps package names to import paths.
func (ta *typeArgs) apply(body []chunk, imports map[string]string, globals []string) []chunk {
	if !ta.needed(body, imports) {
		return body
	}
	if ta.imp == nil {
		ta.imp = stdImporter{importer.ForCompiler(ta.fset, "source", nil), map[string]error{}}
	}
	src, starts := ta.file(body, imports, globals)
	f, err := parser.ParseFile(ta.fset, "cell.go", src, parser.SkipObjectResolution)
	if err != nil {
		return body
	}
	conf := types.Config{Importer: ta.imp, Error: func(error) {}}
	info := &types.Info{Instances: map[*ast.Ident]types.Instance{}, Selections: map[*ast.SelectorExpr]*types.Selection{},
		Uses: map[*ast.Ident]types.Object{}, Types: map[ast.Expr]types.TypeAndValue{}}
	pkg, _ := conf.Check("main", ta.fset, []*ast.File{f}, info)
	qual := qualifier(pkg, imports)
	base := ta.fset.File(f.Pos()).Base()
	edits := make([][]edit, len(body))
	add := func(start, end token.Pos, text string) {
		s, e := int(start)-base, int(end)-base
		i := sort.SearchInts(starts, s+1) - 1
		if i < 0 || i >= len(body) || e > starts[i]+len(body[i].src) {
			return
		}
		edits[i] = append(edits[i], edit{s - starts[i], e - starts[i], text})
	}
	for id, inst := range explicitless(f, info) {
		// Only the session's own generic functions: yaegi's versions of
		// generic stdlib functions have simpler signatures (generics.go).
		if obj := info.Uses[id]; obj == nil || obj.Pkg() != pkg {
			continue
		}
		if args := typeArgStrings(inst, qual); args != "" {
			add(id.End(), id.End(), args)
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			if fun, assert := unsafeBuiltin(call, info, qual); fun != "" {
				add(call.Fun.Pos(), call.Fun.End(), fun)
				add(call.Rparen+1, call.Rparen+1, assert)
			}
		}
		return true
	})
	ast.Inspect(f, func(n ast.Node) bool {
		if r, ok := n.(*ast.RangeStmt); ok {
			if elems := iterElems(info.Types[r.X].Type, qual); elems != nil {
				off := func(p token.Pos) int { return int(p) - base }
				for _, e := range lowerRangeFuncElems(src, r, off, elems) {
					add(token.Pos(base+e.start), token.Pos(base+e.end), e.text)
				}
			}
		}
		return true
	})
	for i, c := range body {
		if c.kind != kindStmt && !isVarDecl(c) {
			continue
		}
		if rhs, nlhs := defineAt(f, token.Pos(base+starts[i])); len(rhs) > 0 {
			if results := genericDefine(rhs, nlhs, info, qual); results != "" {
				add(rhs[0].Pos(), rhs[0].Pos(), "func() "+results+" { return ")
				add(rhs[len(rhs)-1].End(), rhs[len(rhs)-1].End(), " }()")
			}
		}
	}
	for sel, s := range info.Selections {
		if s.Kind() == types.MethodExpr {
			if lit := methodExprFunc(s, qual); lit != "" {
				add(sel.Pos(), sel.End(), lit)
			}
		}
	}
	out := append([]chunk(nil), body...)
	for i, es := range edits {
		if len(es) > 0 {
			out[i].src = applyEdits(out[i].src, es)
		}
	}
	return out
}

// defineAt finds the statement starting at pos in f's function bodies (a
// cell's top-level statement); if it is `a, b := x, y` or `var a, b = x, y`
// it returns the right side and the number of names.
func defineAt(f *ast.File, pos token.Pos) ([]ast.Expr, int) {
	var rhs []ast.Expr
	n := 0
	ast.Inspect(f, func(node ast.Node) bool {
		if n > 0 || node == nil {
			return false
		}
		if node.Pos() == pos {
			switch x := node.(type) {
			case *ast.AssignStmt:
				if x.Tok == token.DEFINE {
					rhs, n = x.Rhs, len(x.Lhs)
				}
				return false
			case *ast.DeclStmt:
				rhs, n = varValues(x.Decl)
				return false
			case *ast.GenDecl:
				rhs, n = varValues(x)
				return false
			}
		}
		return node.Pos() <= pos && pos < node.End()
	})
	return rhs, n
}

// iterElems gives the element types of an iterator function type t
// (func(yield func(K, V) bool), iter.Seq[V], ...) as source, or nil.
func iterElems(t types.Type, qual types.Qualifier) []string {
	if t == nil {
		return nil
	}
	sig, ok := t.Underlying().(*types.Signature)
	if !ok || sig.Params().Len() != 1 || sig.Results().Len() != 0 {
		return nil
	}
	yield, ok := sig.Params().At(0).Type().Underlying().(*types.Signature)
	if !ok || yield.Results().Len() != 1 || yield.Params().Len() > 2 {
		return nil
	}
	var elems []string
	for i := range yield.Params().Len() {
		s := types.TypeString(yield.Params().At(i).Type(), qual)
		if strings.Contains(s, "invalid type") {
			return nil
		}
		elems = append(elems, s)
	}
	return elems
}

// varValues returns the values and the number of names of `var a, b = x, y`.
func varValues(d ast.Decl) ([]ast.Expr, int) {
	if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.VAR && len(g.Specs) == 1 {
		if vs := g.Specs[0].(*ast.ValueSpec); vs.Type == nil && len(vs.Values) > 0 {
			return vs.Values, len(vs.Names)
		}
	}
	return nil, 0
}

// genericDefine handles `x := G(...)` at a cell's top level, where G is
// generic (min and max included): yaegi cannot type such a global (it
// reports "constant definition loop" or "nil reflect type") though it
// runs the same statement inside a function. It returns the result types
// go/types found, for the right side to become a function literal called
// at once: `x := func() int { return G(...) }()`; "" if not needed.
func genericDefine(rhs []ast.Expr, nlhs int, info *types.Info, qual types.Qualifier) string {
	generic := false
	for _, r := range rhs {
		ast.Inspect(r, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.FuncLit:
				return false // runs in its own function already
			case *ast.Ident:
				if _, ok := info.Instances[x]; ok {
					generic = true
				}
				if b, ok := info.Uses[x].(*types.Builtin); ok && (b.Name() == "min" || b.Name() == "max") {
					generic = true
				}
			}
			return !generic
		})
	}
	if !generic {
		return ""
	}
	var results []string
	for _, r := range rhs {
		tv, ok := info.Types[r]
		if !ok || tv.Type == nil {
			return ""
		}
		if tup, ok := tv.Type.(*types.Tuple); ok {
			for i := range tup.Len() {
				results = append(results, types.TypeString(tup.At(i).Type(), qual))
			}
		} else {
			t := tv.Type
			if b, ok := t.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
				t = types.Default(t)
			}
			results = append(results, types.TypeString(t, qual))
		}
	}
	all := strings.Join(results, ", ")
	if strings.Contains(all, "invalid type") || strings.Contains(all, "untyped") || len(results) != nlhs {
		return ""
	}
	if len(results) > 1 {
		all = "(" + all + ")"
	}
	return all
}

// genericGlobal finds a global defined by a call of a generic builtin or
// stdlib function (genericDefine).
var genericGlobal = regexp.MustCompile(`(:=|\bvar\b[^=]*=).*\b(min|max|slices\.\w+|maps\.\w+)\s*\(`)

// rangeOver finds a range over a function call, which may return an
// iterator function. (A range over a name is left to seqElems: checking
// every `range xs` would load the type checker in most sessions.)
var rangeOver = regexp.MustCompile(`\brange\s+\w+(\.\w+)?\(`)

// unsafeBuiltins finds calls of the unsafe functions yaegi lacks.
var unsafeBuiltins = regexp.MustCompile(`\bunsafe\.(String|StringData|Slice|SliceData)\b`)

// unsafeBuiltin rewrites a call of unsafe.String, StringData, Slice or
// SliceData into a call of the runtime's helper (rt/unsafe.go): it returns
// the helper's name and the type assertion that follows the call.
func unsafeBuiltin(call *ast.CallExpr, info *types.Info, qual types.Qualifier) (fun, assert string) {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return "", ""
	}
	id, ok := sel.X.(*ast.Ident)
	if !ok {
		return "", ""
	}
	if pn, ok := info.Uses[id].(*types.PkgName); !ok || pn.Imported().Path() != "unsafe" {
		return "", ""
	}
	switch sel.Sel.Name {
	case "String", "StringData":
		return rtName + ".Unsafe" + sel.Sel.Name, ""
	case "Slice", "SliceData":
		t := info.Types[call].Type
		if t == nil {
			return "", ""
		}
		return rtName + ".Unsafe" + sel.Sel.Name, ".(" + types.TypeString(t, qual) + ")"
	}
	return "", ""
}

// stdImporter imports standard library packages from GOROOT's sources and
// fails at once for anything else: asking go/build about a non-standard
// path runs the go command (tens of milliseconds per cell). Failures are
// remembered.
type stdImporter struct {
	src    types.Importer
	failed map[string]error
}

func (s stdImporter) Import(path string) (*types.Package, error) {
	if err, ok := s.failed[path]; ok {
		return nil, err
	}
	if path != "unsafe" {
		if _, err := os.Stat(filepath.Join(build.Default.GOROOT, "src", path)); err != nil || strings.Contains(strings.Split(path, "/")[0], ".") {
			s.failed[path] = fmt.Errorf("%s is not in the standard library", path)
			return nil, s.failed[path]
		}
	}
	p, err := s.src.Import(path)
	if err != nil {
		s.failed[path] = err
	}
	return p, err
}

// needed reports whether the session or body declares a generic
// function, or body may use a method expression (`T.M`, `(*T).M` with T a
// type the session or cell declares, `pkg.T.M`).
func (ta *typeArgs) needed(body []chunk, imports map[string]string) bool {
	for _, c := range body {
		if unsafeBuiltins.MatchString(c.src) || genericGlobal.MatchString(c.src) || rangeOver.MatchString(c.src) {
			return true
		}
	}
	var typeNames []string
	for _, k := range ta.order {
		if genericFunc.MatchString(ta.decls[k]) {
			return true
		}
		if strings.HasPrefix(ta.decls[k], "type") && !strings.Contains(k, ".") {
			typeNames = append(typeNames, strings.Split(k, ",")...)
		}
	}
	for _, c := range body {
		if c.kind == kindDecl && genericFunc.MatchString(c.src) {
			return true
		}
		if c.kind == kindDecl && strings.HasPrefix(c.src, "type") {
			typeNames = append(typeNames, strings.Split(declKey(c.src), ",")...)
		}
	}
	for i, n := range typeNames {
		typeNames[i] = regexp.QuoteMeta(n)
	}
	var pkgs []string
	for name := range imports {
		if token.IsIdentifier(name) {
			pkgs = append(pkgs, regexp.QuoteMeta(name)+`\.[\p{Lu}]\w*`)
		}
	}
	alts := append(typeNames, pkgs...)
	if len(alts) == 0 {
		return false
	}
	methodExpr := regexp.MustCompile(`(\b|\(\*)(` + strings.Join(alts, "|") + `)\)?\.[\pL_]`)
	for _, c := range body {
		if methodExpr.MatchString(c.src) {
			return true
		}
	}
	return false
}

// file builds one Go file of the session's imports and declarations (and
// its variables of known type), the cell's declarations, and its
// statements in a function; starts[i] is the offset of body[i].src in it.
func (ta *typeArgs) file(body []chunk, imports map[string]string, globals []string) (string, []int) {
	var b strings.Builder
	b.WriteString("package main\n")
	for name, path := range imports {
		if !strings.HasPrefix(name, "_") && name != "." {
			b.WriteString("import " + name + " " + strconv.Quote(path) + "\n")
		}
	}
	// The interpreted generic packages (generics.go) are not in imports;
	// they are loaded (from source, once) only when the code names them.
	var all strings.Builder
	for _, k := range ta.order {
		all.WriteString(ta.decls[k])
	}
	for _, c := range body {
		all.WriteString(c.src)
	}
	for _, p := range []string{"cmp", "iter", "maps", "slices"} {
		if _, ok := imports[p]; !ok && strings.Contains(all.String(), p+".") {
			b.WriteString("import " + p + " " + strconv.Quote(p) + "\n")
		}
	}
	redeclared := map[string]bool{}
	for _, c := range body {
		if c.kind == kindDecl {
			redeclared[declKey(c.src)] = true
		}
	}
	declared := map[string]bool{}
	for _, k := range ta.order {
		for _, n := range strings.Split(k, ",") {
			declared[n] = true
		}
		if !redeclared[k] {
			b.WriteString(ta.decls[k] + "\n")
		}
	}
	for _, n := range globals {
		if declared[n] || redeclared[n] || ta.varType == nil {
			continue
		}
		if t := ta.varType(n); t != "" {
			b.WriteString("var " + n + " " + t + "\n")
		}
	}
	starts := make([]int, len(body))
	inFunc := false
	for i, c := range body {
		if c.kind == kindStmt && !inFunc {
			b.WriteString("func _() {\n")
			inFunc = true
		} else if c.kind != kindStmt && inFunc {
			b.WriteString("}\n")
			inFunc = false
		}
		starts[i] = b.Len()
		b.WriteString(c.src + "\n")
	}
	if inFunc {
		b.WriteString("}\n")
	}
	return b.String(), starts
}

// remember stores the cell's declarations for later cells' checks.
func (ta *typeArgs) remember(body []chunk) {
	for _, c := range body {
		if c.kind != kindDecl {
			continue
		}
		k := declKey(c.src)
		if k == "" {
			continue
		}
		if _, ok := ta.decls[k]; !ok {
			ta.order = append(ta.order, k)
		}
		ta.decls[k] = c.src
	}
}

// declKey names a declaration: its name, Type.Method for a method.
func declKey(src string) string {
	f, err := parser.ParseFile(token.NewFileSet(), "", "package p\n"+src, parser.SkipObjectResolution)
	if err != nil || len(f.Decls) != 1 {
		return ""
	}
	switch d := f.Decls[0].(type) {
	case *ast.FuncDecl:
		if d.Recv != nil && len(d.Recv.List) == 1 {
			return recvName(d.Recv.List[0].Type) + "." + d.Name.Name
		}
		return d.Name.Name
	case *ast.GenDecl:
		var names []string
		for _, s := range d.Specs {
			switch s := s.(type) {
			case *ast.TypeSpec:
				names = append(names, s.Name.Name)
			case *ast.ValueSpec:
				for _, n := range s.Names {
					names = append(names, n.Name)
				}
			}
		}
		return strings.Join(names, ",")
	}
	return ""
}

func recvName(e ast.Expr) string {
	for {
		switch x := e.(type) {
		case *ast.StarExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.IndexListExpr:
			e = x.X
		case *ast.Ident:
			return x.Name
		default:
			return ""
		}
	}
}

// explicitless returns the instantiated generic functions in f whose type
// arguments are not written out.
func explicitless(f *ast.File, info *types.Info) map[*ast.Ident]types.Instance {
	written := map[*ast.Ident]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		var x ast.Expr
		switch n := n.(type) {
		case *ast.IndexExpr:
			x = n.X
		case *ast.IndexListExpr:
			x = n.X
		}
		switch x := x.(type) {
		case *ast.Ident:
			written[x] = true
		case *ast.SelectorExpr:
			written[x.Sel] = true
		}
		return true
	})
	out := map[*ast.Ident]types.Instance{}
	for id, inst := range info.Instances {
		if _, isFunc := inst.Type.(*types.Signature); isFunc && !written[id] {
			out[id] = inst
		}
	}
	return out
}

// qualifier writes package-level names as the cell does: the cell's own
// unqualified, imported ones by the name the session imported them as.
func qualifier(pkg *types.Package, imports map[string]string) types.Qualifier {
	names := map[string]string{}
	for name, path := range imports {
		names[path] = name
	}
	return func(p *types.Package) string {
		if p == pkg {
			return ""
		}
		if n, ok := names[p.Path()]; ok {
			return n
		}
		return p.Name()
	}
}

// typeArgStrings writes inst's type arguments as the cell would, or ""
// when one cannot be written (an invalid type).
func typeArgStrings(inst types.Instance, qual types.Qualifier) string {
	var args []string
	for i := range inst.TypeArgs.Len() {
		s := types.TypeString(inst.TypeArgs.At(i), qual)
		if strings.Contains(s, "invalid type") {
			return ""
		}
		args = append(args, s)
	}
	return "[" + strings.Join(args, ", ") + "]"
}

// methodExprFunc writes the method expression s (`T.M`, which yaegi
// lacks) as the function literal it denotes:
// `func(r T, a0 int) string { return r.M(a0) }`.
func methodExprFunc(s *types.Selection, qual types.Qualifier) string {
	sig, ok := s.Type().(*types.Signature)
	if !ok || sig.Params().Len() == 0 {
		return ""
	}
	var params, args []string
	for i := range sig.Params().Len() {
		t := sig.Params().At(i).Type()
		name := fmt.Sprintf("spargoA%d", i)
		ts := types.TypeString(t, qual)
		if sig.Variadic() && i == sig.Params().Len()-1 {
			ts = "..." + types.TypeString(t.(*types.Slice).Elem(), qual)
			name += "..."
			params = append(params, fmt.Sprintf("spargoA%d %s", i, ts))
		} else {
			params = append(params, name+" "+ts)
		}
		if i > 0 {
			args = append(args, name)
		}
	}
	results := types.TypeString(sig.Results(), qual)
	if strings.Contains(results+strings.Join(params, ""), "invalid type") {
		return ""
	}
	call := fmt.Sprintf("spargoA0.%s(%s)", s.Obj().Name(), strings.Join(args, ", "))
	if sig.Results().Len() > 0 {
		call = "return " + call
	}
	return fmt.Sprintf("func(%s) %s { %s }", strings.Join(params, ", "), results, call)
}

// isBlankDecl reports whether src declares only blank names: `func _()`
// and `type _ T` can never be used or run, and yaegi rejects them.
func isBlankDecl(src string) bool {
	f, err := parser.ParseFile(token.NewFileSet(), "", "package p\n"+src, parser.SkipObjectResolution)
	if err != nil || len(f.Decls) != 1 {
		return false
	}
	switch d := f.Decls[0].(type) {
	case *ast.FuncDecl:
		return d.Recv == nil && d.Name.Name == "_"
	case *ast.GenDecl:
		if d.Tok != token.TYPE {
			return false
		}
		for _, s := range d.Specs {
			if s.(*ast.TypeSpec).Name.Name != "_" {
				return false
			}
		}
		return true
	}
	return false
}
