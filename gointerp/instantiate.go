package gointerp

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"maps"
	"os"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// genericFunc finds a generic function declaration.
var genericFunc = regexp.MustCompile(`(?m)^func\s+\w+\s*\[`)

// checker type-checks each cell with go/types against the session, so the
// kernel can lower what yaegi lacks into forms it runs (typelower.go). For
// example yaegi infers type arguments only in simple cases (not through
// core types, function arguments or untyped constants), while go/types
// infers them as the compiler does: a call whose inference succeeds gets
// `[T1, T2]` inserted after the function's name. The session is the
// source of every earlier declaration plus the variables of earlier
// statement cells whose types can be written. What go/types cannot type
// (an unknown package, a variable of an interpreted type) is left
// unchanged, for yaegi to try.
type checker struct {
	// varType gives the type of a session variable that statements
	// declared (x := ...), as Go source, or "" when it cannot be written.
	varType func(name string) string
	fset    *token.FileSet
	imp     types.Importer    // from GOROOT sources, created on first use
	decls   map[string]string // declaration source by key (name, or Type.Method)
	order   []string          // keys in first-declared order

	// Derived from decls by remember, for needed (run on every cell).
	generic bool // the session declares a generic function or type
	ifaces  bool // the session declares an interface with methods
	methods bool // the session declares a method
	// named: the session declares a named type other than a struct or an
	// interface (type Celsius float64), which reflect writes as its
	// underlying type: session variables are then typed by their
	// definitions first.
	named bool

	// shiftConsts: the session declares constants with shifts, which may
	// exceed 64 bits; later cells' constant expressions are folded too.
	shiftConsts bool
	// dirChans: the session declares a type with a directional channel,
	// which a later cell may make or compare (makechan.go).
	dirChans  bool
	typeNames []string // the types it declares

	// methodValue finds uses of the session's method names not followed by
	// a call: method values, which methodValues lowers (nil: no methods).
	methodValue *regexp.Regexp

	// methodExpr is needed's pattern for the alternatives in methodExprKey,
	// compiled again only when they change.
	methodExpr    *regexp.Regexp
	methodExprKey string

	// copies are the instantiations monomorphise declared, by name: a
	// cell redefining their generic declaration declares them again.
	// emitted is the source of each copy's declarations, by declKey. Both
	// take a cell's additions (pending) when it has run (remember).
	copies       map[string]instance
	emitted      map[string]string
	pending      []monoDecl
	pendingInsts []instance
	// the twin basic types given the name method (namemethod.go), and
	// those the current cell gives it
	named2       map[string]bool
	pendingNamed []string
	registration string             // run after the cell: its types' String methods for rt (printmethods.go)
	varDefs      map[string]*varDef // latest definition of each statement variable
	assertIfaces map[string]string  // interfaces with assertion helpers (ifaceassert.go)
	anyFuncs     *regexp.Regexp     // calls of the session's funcs and methods that take or give an any (anyconv.go)
	valueErrors  bool               // the session declares an Error method with a value receiver (valueerrors.go)

	// err is a type error in a generic declaration of the cell apply
	// lowered: yaegi never sees those declarations, so it cannot report it.
	err error
}

func newChecker(varType func(string) string) *checker {
	return &checker{varType: varType, fset: token.NewFileSet(), decls: map[string]string{}}
}

// apply returns body lowered with what go/types knows about it: explicit
// type arguments, method expressions, unsafe builtins, generic globals and
// ranges over iterator calls. imports maps package names to import paths;
// globals are the session's names.
func (ta *checker) apply(body []chunk, imports map[string]string, globals []string) (out []chunk) {
	// What a cell that did not run left pending is dropped: only a cell
	// that ran declares its copies and helpers (remember).
	ta.err, ta.pending, ta.pendingInsts, ta.pendingNamed, ta.registration = nil, nil, nil, nil, ""
	defer func() {
		// A fault in a lowering is the kernel's: the cell runs as
		// written (yaegi may then fail on it) and the session goes on.
		if r := recover(); r != nil {
			fmt.Fprintf(os.Stderr, "spargo: a lowering failed (%v); the cell runs as written\n", r)
			ta.err, ta.pending, ta.pendingInsts, ta.pendingNamed, ta.registration = nil, nil, nil, nil, ""
			out = body
		}
	}()
	w := ta.wants(body)
	if !ta.needed(body, imports, w.any()) {
		return body
	}
	c, ok := ta.check(body, imports, globals)
	if !ok {
		return body
	}
	ta.monomorphise(c)
	ta.nameMethods(c)
	if w.asserts {
		ta.ifaceAsserts(c)
	}
	c.lower(w, ta.copyNames)
	out = append([]chunk(nil), c.body...)
	for i, es := range c.edits {
		if len(es) > 0 {
			out[i].src = applyEdits(out[i].src, es)
		}
	}
	out, ta.registration = c.withRegistration(c.withCopies(out))
	return out
}

// checked is a cell type-checked in its session's file: the lowerings
// read it and collect edits of the cell's chunks.
type checked struct {
	body   []chunk
	src    string // the whole file
	starts []int  // offset of each chunk in src
	base   int    // the file's base position
	f      *ast.File
	info   *types.Info
	pkg    *types.Package
	qual   types.Qualifier
	edits  [][]edit // per chunk
	errs   []types.Error

	imported map[string]bool // import paths the session has
	// Set by monomorphise: idents it rewrote, and the copies to declare
	// before chunk copiesAt.
	handled  map[*ast.Ident]bool
	mono     *mono
	copies   []chunk
	copiesAt int

	stacked  map[*ast.RangeStmt]bool // ranges over functions whose defers deferStacks lowered
	named    map[ast.Expr]bool       // %T arguments typeVerbs replaced by their type's name
	typeLits map[ast.Expr]bool       // of those, the ones it wrote as a string literal
	basics   *[]*types.Named         // namedBasics' list, once computed
	// asHelpers names the assertion helpers ifaceAsserts declared for
	// errors.As targets of literal interface types, by type (errorsas.go).
	asHelpers map[string]string
}

// check type-checks body in a file with the session's declarations.
func (ta *checker) check(body []chunk, imports map[string]string, globals []string) (*checked, bool) {
	if ta.imp == nil {
		ta.imp = stdImporter{newStdImporter(ta.fset), map[string]error{}}
	}
	c, ok := ta.checkFile(body, imports, globals, "")
	if !ok {
		return nil, false
	}
	// (a round for each group whose variables' types depend on an
	// earlier group's)
	for vars, round := "", 0; round < 3; round++ {
		more := c.earlierGroupVars()
		if more == "" {
			break
		}
		vars += more
		again, ok := ta.checkFile(body, imports, globals, vars)
		if !ok {
			break
		}
		c = again
	}
	return c, true
}

// checkFile type-checks body in the session's file, with vars (package
// variable declarations) after the session's.
func (ta *checker) checkFile(body []chunk, imports map[string]string, globals []string, vars string) (*checked, bool) {
	src, starts := ta.file(body, imports, globals, vars)
	f, err := parser.ParseFile(ta.fset, "cell.go", src, parser.SkipObjectResolution)
	if err != nil {
		return nil, false
	}
	var errs []types.Error
	conf := types.Config{Importer: ta.imp, Error: func(err error) {
		if te, ok := err.(types.Error); ok {
			errs = append(errs, te)
		}
	}}
	info := &types.Info{Instances: map[*ast.Ident]types.Instance{}, Selections: map[*ast.SelectorExpr]*types.Selection{},
		Uses: map[*ast.Ident]types.Object{}, Defs: map[*ast.Ident]types.Object{}, Types: map[ast.Expr]types.TypeAndValue{}}
	pkg, _ := conf.Check("main", ta.fset, []*ast.File{f}, info)
	imported := map[string]bool{}
	for _, path := range imports {
		imported[path] = true
	}
	return &checked{imported: imported, body: body, src: src, starts: starts, base: ta.fset.File(f.Pos()).Base(), f: f,
		info: info, pkg: pkg, qual: qualifier(pkg, imports), edits: make([][]edit, len(body)), errs: errs, copiesAt: -1}, true
}

// add records an edit of the file's text between start and end, if it lies
// in one of the cell's chunks (not in an earlier cell's declaration).
func (c *checked) add(start, end token.Pos, text string) {
	s, e := int(start)-c.base, int(end)-c.base
	i := sort.SearchInts(c.starts, s+1) - 1
	if i < 0 || i >= len(c.body) || e > c.starts[i]+len(c.body[i].src) {
		return
	}
	c.edits[i] = append(c.edits[i], edit{s - c.starts[i], e - c.starts[i], text})
}

// addClose records the closing text of a wrapper of an expression
// ending at end, whose opening text was added at its start: of two such
// wrappers, the one recorded later closes last (applyEdits).
func (c *checked) addClose(end token.Pos, text string) {
	c.add(end, end, closeMark+text)
}

// replace records an edit that replaces start..end whole: edits recorded
// before inside it (monomorphise's renames) are dropped, its text having
// been written with them in mind.
func (c *checked) replace(start, end token.Pos, text string) {
	i := c.chunkAt(start)
	if i < 0 {
		return
	}
	s, e := int(start)-c.base-c.starts[i], int(end)-c.base-c.starts[i]
	kept := c.edits[i][:0]
	for _, ed := range c.edits[i] {
		if ed.start < s || ed.end > e {
			kept = append(kept, ed)
		}
	}
	c.edits[i] = kept
	c.add(start, end, text)
}

// typeArguments writes the inferred type arguments of calls of the
// session's own generic functions (yaegi's versions of generic stdlib
// functions have simpler signatures: generics.go).
func (c *checked) typeArguments() {
	spread := spreadCallees(c.f)
	native := c.nativeSeqCallees()
	for id, inst := range explicitless(c.f, c.info) {
		if c.handled[id] {
			continue
		}
		if obj := c.info.Uses[id]; obj == nil || obj.Pkg() != c.pkg {
			if !spread[id] {
				c.stdTypeArguments(id, inst, native[id])
			}
			continue
		}
		if args := typeArgStrings(inst, c.qual); args != "" {
			c.add(id.End(), id.End(), args)
		}
	}
}

// unsafeCalls routes unsafe.String, Slice, ... to the runtime's helpers.
func (c *checked) unsafeCalls() {
	ast.Inspect(c.f, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			if fun, assert := unsafeBuiltin(call, c.info, c.qual); fun != "" {
				c.add(call.Fun.Pos(), call.Fun.End(), fun)
				c.add(call.Rparen+1, call.Rparen+1, assert)
			}
		}
		return true
	})
}

// file builds one Go file of the session's imports and declarations (and
// its variables of known type), the cell's declarations, and its
// statements in a function; starts[i] is the offset of body[i].src in it.
func (ta *checker) file(body []chunk, imports map[string]string, globals []string, vars string) (string, []int) {
	var b strings.Builder
	b.WriteString("package main\n")
	for name, path := range imports {
		if !strings.HasPrefix(name, "_") && name != "." {
			b.WriteString("import " + name + " " + strconv.Quote(path) + "\n")
		}
	}
	// The interpreted generic packages (generics.go) are not in imports;
	// they are loaded (once) only when the code names them.
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
	// The cell's leading var declarations are package variables below: a
	// session variable they declare again is not declared here too (the
	// checker took `s` in `var s Stack[Celsius]; s.Push(-3)` for the
	// session's Stack[int], and wrote -3 as an int).
	for _, c := range body {
		if c.kind == kindStmt && !isVarDecl(c) {
			break
		}
		if c.kind == kindStmt {
			for _, n := range declaredNames(c) {
				redeclared[n] = true
			}
		}
	}
	var need []string // variables declared by their definitions
	for _, n := range globals {
		if declared[n] || redeclared[n] || ta.varType == nil {
			continue
		}
		// The definition first where a reflect type may have lost the
		// names of the session's types ([]Celsius reads []float64); else
		// the type the value has, which a later redefinition of what the
		// definition calls does not change.
		if ta.named && ta.varDefs[n] != nil {
			need = append(need, n)
		} else if t := ta.varType(n); t != "" {
			b.WriteString("var " + n + " " + t + "\n")
		} else {
			need = append(need, n)
		}
	}
	b.WriteString(ta.varDecls(need))
	b.WriteString(vars)
	starts := make([]int, len(body))
	inFunc := false
	stmts := false // the cell has had a statement other than a var declaration
	for i, c := range body {
		// A var declaration before any other statement is a package
		// variable, as the kernel runs it: the cell's functions see it.
		// (After a statement it may use that statement's variables.)
		pkgVar := c.kind == kindStmt && !stmts && isVarDecl(c)
		stmts = stmts || c.kind == kindStmt && !pkgVar
		if c.kind == kindStmt && !pkgVar && !inFunc {
			b.WriteString("func _() {\n")
			inFunc = true
		} else if (c.kind != kindStmt || pkgVar) && inFunc {
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

// copyName is a copy's type as Go names it (main.Pair[string,int]) and as
// the session's source writes it (Pair[string, int]).
type copyName struct{ goName, src string }

// copyNames gives the names of each copy the session declared, or the
// cell declares, by the copy's name.
func (ta *checker) copyNames() map[string]copyName {
	copies := maps.Clone(ta.copies)
	if copies == nil {
		copies = map[string]instance{}
	}
	for _, inst := range ta.pendingInsts {
		copies[inst.name] = inst
	}
	names := map[string]copyName{}
	var name func(n string) copyName
	name = func(n string) copyName {
		if cn, ok := names[n]; ok {
			return cn
		}
		inst, ok := copies[n]
		if !ok {
			if slices.Contains(ta.typeNames, n) {
				return copyName{"main." + n, n}
			}
			return copyName{n, n}
		}
		goArgs, srcArgs := make([]string, len(inst.args)), make([]string, len(inst.args))
		for i, a := range inst.args {
			cn := name(a)
			goArgs[i], srcArgs[i] = cn.goName, cn.src
		}
		cn := copyName{"main." + inst.obj.Name() + "[" + strings.Join(goArgs, ",") + "]",
			inst.obj.Name() + "[" + strings.Join(srcArgs, ", ") + "]"}
		names[n] = cn
		return cn
	}
	for n := range copies {
		name(n)
	}
	return names
}

// remember stores the cell's declarations (as the user wrote them, before
// lowering) for later cells' checks, and the copies the cell declared.
func (ta *checker) remember(body []chunk) {
	if ta.copies == nil {
		ta.copies, ta.emitted = map[string]instance{}, map[string]string{}
	}
	for _, inst := range ta.pendingInsts {
		ta.copies[inst.name] = inst
	}
	for _, d := range ta.pending {
		ta.emitted[d.key] = d.src
	}
	if ta.named2 == nil {
		ta.named2 = map[string]bool{}
	}
	for _, n := range ta.pendingNamed {
		ta.named2[n] = true
	}
	ta.pending, ta.pendingInsts, ta.pendingNamed = nil, nil, nil
	ta.noteVarDefs(body)
	changed := false
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
		changed = true
	}
	if !changed {
		return
	}
	ta.generic, ta.ifaces, ta.methods, ta.shiftConsts, ta.typeNames, ta.named = false, false, false, false, nil, false
	var methodNames []string
	ta.dirChans = false
	for _, k := range ta.order {
		ta.named = ta.named || strings.HasPrefix(ta.decls[k], "type") && declaresNamedType(ta.decls[k])
		ta.generic = ta.generic || genericFunc.MatchString(ta.decls[k]) || genericType.MatchString(ta.decls[k])
		ta.ifaces = ta.ifaces || methodIface.MatchString(ta.decls[k])
		ta.methods = ta.methods || strings.Contains(k, ".")
		if i := strings.IndexByte(k, '.'); i >= 0 && !slices.Contains(methodNames, k[i+1:]) {
			methodNames = append(methodNames, k[i+1:])
		}
		ta.shiftConsts = ta.shiftConsts || constDeclRE.MatchString(ta.decls[k]) && strings.Contains(ta.decls[k], "<<")
		ta.dirChans = ta.dirChans || strings.HasPrefix(ta.decls[k], "type") && dirChanRE.MatchString(ta.decls[k])
		if strings.HasPrefix(ta.decls[k], "type") && !strings.Contains(k, ".") {
			ta.typeNames = append(ta.typeNames, strings.Split(k, ",")...)
		}
	}
	ta.methods = ta.methods || len(ta.named2) > 0 // name methods (namemethod.go)
	ta.anyFuncs = anyFuncsRE(ta.order, ta.decls)
	ta.valueErrors = false
	for _, k := range ta.order {
		ta.valueErrors = ta.valueErrors || valueErrorRE.MatchString(ta.decls[k])
	}
	ta.methodValue = nil
	if len(methodNames) > 0 {
		for i, n := range methodNames {
			methodNames[i] = regexp.QuoteMeta(n)
		}
		ta.methodValue = regexp.MustCompile(`\.(` + strings.Join(methodNames, "|") + `)\b\s*([^\s(]|$)`)
	}
}

// explicitless returns the instantiated generic functions in f whose type
// arguments are not written out.
func explicitless(f *ast.File, info *types.Info) map[*ast.Ident]types.Instance {
	written := map[*ast.Ident]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		e, _ := n.(ast.Expr)
		switch x := indexedBase(e).(type) {
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
