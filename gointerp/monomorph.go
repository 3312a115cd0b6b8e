package gointerp

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"hash/fnv"
	"slices"
	"strings"
	"unicode"
)

// Monomorphisation: yaegi compiles generic code at each instantiation and
// often panics doing it ("CFG post-order panic": a range over a value of
// type-parameter type, a type switch with a type-parameter case, generic
// types referring to each other). Ordinary code it runs well. So a cell's
// uses of the session's generic functions and types are rewritten to
// non-generic copies, one per instantiation, that go/types enumerates:
// `Map[int, string](xs, f)` or `Map(xs, f)` becomes `Map__int__string(xs, f)`,
// declared as Map's source with the type arguments written in for its type
// parameters. Instantiations inside those copies are followed in turn.
// The generic declarations stay in the session (go/types and yaegi still
// see them); a use whose type arguments cannot be written at top level (a
// type local to a function) is left to yaegi's generics.
//
// What users see: messages about an instantiated type name the copy
// (List__int, where Go writes List[int]).

// mono collects the copies one cell needs.
type mono struct {
	c       *checked
	decls   map[types.Object]ast.Node           // generic *ast.FuncDecl or *ast.TypeSpec
	methods map[*types.TypeName][]*ast.FuncDecl // of generic types
	errs    []types.Error                       // type errors in the file
	queue   []instance
	seen    map[string]bool
	out     []monoDecl
	handled map[*ast.Ident]bool // references rewritten
	done    []instance

	// Copies in functions, for local type arguments (monolocal.go).
	localTypes map[string]localType // by name
	locals     []localCopy
	localPos   map[string]token.Pos // insertion point by copy name
	uncopied   ast.Node             // a use with a local type that has no copy
	bad        bool                 // a construct copies cannot express: give up on the cell

	asserts map[string]string // interfaces copies assert to, by helper suffix (monoassert.go)

	// tenv: the types of the type arguments of the copy being written,
	// where known (monoprint.go).
	tenv map[*types.TypeName]types.Type

	// frozen: the copies are written (cell has returned); a later request
	// for an instance without a copy fails instead of queueing one that
	// would never be written.
	frozen bool
}

// maxCopies bounds the copies one cell may declare.
const maxCopies = 1000

// instance is one instantiation: a generic object and its type arguments
// written as source.
type instance struct {
	obj   types.Object
	args  []string
	name  string
	targs []types.Type // the arguments' types, when known (monoprint.go)
}

// monoDecl is the source of one generated declaration; key is the
// checker's declaration key (declKey).
type monoDecl struct{ key, src string }

// posEdit is an edit of the file at token positions.
type posEdit struct {
	start, end token.Pos
	text       string
	outer      bool // drops the edits inside it
}

func newMono(c *checked, errs []types.Error) *mono {
	m := &mono{c: c, decls: map[types.Object]ast.Node{}, methods: map[*types.TypeName][]*ast.FuncDecl{},
		errs: errs, seen: map[string]bool{}, handled: map[*ast.Ident]bool{}}
	for _, d := range c.f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil && d.Type.TypeParams != nil {
				m.decls[c.info.Defs[d.Name]] = d
			} else if d.Recv != nil && len(d.Recv.List) == 1 {
				if tn := m.genericRecv(d.Recv.List[0].Type); tn != nil {
					m.methods[tn] = append(m.methods[tn], d)
				}
			}
		case *ast.GenDecl:
			for _, s := range d.Specs {
				if ts, ok := s.(*ast.TypeSpec); ok && ts.TypeParams != nil && !ts.Assign.IsValid() {
					m.decls[c.info.Defs[ts.Name]] = ts
				}
			}
		}
	}
	return m
}

// genericRecv gives the generic type a receiver expression names, or nil.
func (m *mono) genericRecv(e ast.Expr) *types.TypeName {
	if s, ok := e.(*ast.StarExpr); ok {
		e = s.X
	}
	if id, ok := indexedBase(e).(*ast.Ident); ok {
		tn, _ := m.c.info.Uses[id].(*types.TypeName)
		return tn
	}
	return nil
}

// indexedBase is x of x[i] or x[i, j] (an instantiation), else nil.
func indexedBase(e ast.Expr) ast.Expr {
	switch r := e.(type) {
	case *ast.IndexExpr:
		return r.X
	case *ast.IndexListExpr:
		return r.X
	}
	return nil
}

// generic reports whether obj is one of the session's generic functions
// or types.
func (m *mono) generic(obj types.Object) bool {
	_, ok := m.decls[obj]
	return ok && obj != nil
}

// cell rewrites the cell's uses of generic declarations outside generic
// code, and returns the declarations of the copies they need.
func (m *mono) cell() ([]posEdit, []monoDecl, bool) {
	var edits []posEdit
	for _, d := range m.c.f.Decls {
		if m.isGenericDecl(d) {
			continue
		}
		edits = append(edits, m.refs(d, nil)...)
	}
	for len(m.queue) > 0 && !m.bad {
		inst := m.queue[0]
		m.queue = m.queue[1:]
		m.generate(inst)
	}
	m.frozen = true
	if len(m.locals) > 0 {
		local := m.localEdits()
		if local == nil {
			return nil, nil, false
		}
		edits = append(edits, local...)
	}
	return edits, m.out, !m.bad
}

func (m *mono) isGenericDecl(d ast.Decl) bool {
	switch d := d.(type) {
	case *ast.FuncDecl:
		return d.Type.TypeParams != nil || (d.Recv != nil && len(d.Recv.List) == 1 && m.genericRecv(d.Recv.List[0].Type) != nil)
	case *ast.GenDecl:
		for _, s := range d.Specs {
			if ts, ok := s.(*ast.TypeSpec); ok && ts.TypeParams != nil {
				return true
			}
		}
	}
	return false
}

// refs returns the edits that replace, inside n, references to generic
// declarations by their copies' names and (with env) type parameters by
// their arguments. A reference that cannot be copied is left as it is.
func (m *mono) refs(n ast.Node, env map[*types.TypeName]string) []posEdit {
	var edits []posEdit
	info := m.c.info
	ast.Inspect(n, func(x ast.Node) bool {
		var id *ast.Ident
		switch e := x.(type) {
		case *ast.SelectorExpr:
			if sel, ok := info.Selections[e]; ok && sel.Kind() == types.FieldVal {
				edits = append(edits, m.embedded(e.Sel, sel.Obj(), env)...)
			}
			if to := m.c.redirect(e); to != "" {
				edits = append(edits, posEdit{e.Pos(), e.End(), to, false})
				return false // (onceFuncs.go)
			}
		case *ast.KeyValueExpr:
			if k, ok := e.Key.(*ast.Ident); ok {
				edits = append(edits, m.embedded(k, info.Uses[k], env)...)
			}
		case *ast.IndexExpr:
			id, _ = e.X.(*ast.Ident)
		case *ast.IndexListExpr:
			id, _ = e.X.(*ast.Ident)
		case *ast.Ident:
			id = e
			if env != nil && m.shadowsArg(e, env) {
				edits = append(edits, posEdit{e.Pos(), e.End(), e.Name + "_spargo", false})
			}
			if tn, ok := info.Uses[e].(*types.TypeName); ok && env != nil {
				if s, ok := env[tn]; ok {
					edits = append(edits, posEdit{e.Pos(), e.End(), paren(s), false})
				}
			}
		}
		if id == nil {
			return true
		}
		inst, ok := info.Instances[id]
		if !ok || !m.generic(info.Uses[id]) {
			return true
		}
		name, ok := m.request(info.Uses[id], inst.TypeArgs, env)
		if !ok {
			if env == nil && m.uncopied == nil && m.c.chunkAt(x.Pos()) >= 0 && m.localArg(inst.TypeArgs) {
				m.uncopied = x
			}
			return true
		}
		edits = append(edits, posEdit{x.Pos(), x.End(), name, false})
		m.handled[id] = true
		return false
	})
	return edits
}

// shadowsArg reports whether id names a variable of the generic code
// whose name a type argument in env uses: `key func(V) K` with K the
// local type `key` made the copy's map[key][]V a map keyed by the
// parameter's type. Such a variable is renamed in the copy.
func (m *mono) shadowsArg(id *ast.Ident, env map[*types.TypeName]string) bool {
	obj := m.c.info.Defs[id]
	if obj == nil {
		obj = m.c.info.Uses[id]
	}
	v, ok := obj.(*types.Var)
	if !ok || v.IsField() || v.Parent() == nil || v.Parent() == m.c.pkg.Scope() {
		return false
	}
	for _, s := range env {
		if slices.Contains(identWords(s), id.Name) {
			return true
		}
	}
	return false
}

// identWords lists the identifiers in type expression s.
func identWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' })
}

// embedded renames a reference to an embedded field of an instantiated
// generic type: the field of `struct{ E[int] }` is E in Go and E__int in
// the copy.
func (m *mono) embedded(id *ast.Ident, obj types.Object, env map[*types.TypeName]string) []posEdit {
	v, ok := obj.(*types.Var)
	if !ok || !v.Embedded() {
		return nil
	}
	t := v.Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := t.(*types.Named)
	if !ok || n.TypeArgs().Len() == 0 || !m.generic(n.Origin().Obj()) {
		return nil
	}
	name, ok := m.request(n.Origin().Obj(), n.TypeArgs(), env)
	if !ok {
		return nil
	}
	return []posEdit{{id.Pos(), id.End(), name, false}}
}

// request names the copy of obj instantiated with args (under env),
// queueing its generation the first time.
func (m *mono) request(obj types.Object, args *types.TypeList, env map[*types.TypeName]string) (string, bool) {
	strs := make([]string, args.Len())
	for i := range strs {
		s, ok := m.typeExpr(args.At(i), env)
		if !ok {
			return "", false
		}
		strs[i] = s
	}
	if d := m.decls[obj]; d == nil || m.hasError(d) {
		return "", false // (no declaration: a generic alias's instance)
	}
	name := mangle(obj.Name(), strs)
	at := m.localAt(strs)
	if _, isFunc := obj.(*types.Func); at.IsValid() && !isFunc {
		return "", false // a generic type with a local argument: no copy
	}
	if !m.seen[name] {
		if m.frozen {
			return "", false
		}
		if len(m.seen) >= maxCopies {
			m.bad = true
			return "", false
		}
		m.seen[name] = true
		if at.IsValid() {
			if m.localPos == nil {
				m.localPos = map[string]token.Pos{}
			}
			m.localPos[name] = at
		}
		m.queue = append(m.queue, instance{obj, strs, name, m.typedArgs(args, env)})
	}
	return name, true
}

// hasError reports whether a type error lies in n or one of its methods.
func (m *mono) hasError(n ast.Node) bool {
	for _, e := range m.errs {
		if n.Pos() <= e.Pos && e.Pos < n.End() {
			return true
		}
	}
	if ts, ok := n.(*ast.TypeSpec); ok {
		for _, fd := range m.methods[m.c.info.Defs[ts.Name].(*types.TypeName)] {
			if m.hasError(fd) {
				return true
			}
		}
	}
	return false
}

// mangle names a copy: the generic name, then its arguments reduced to
// identifier characters, with a hash of them when that loses anything.
func mangle(name string, args []string) string {
	var b strings.Builder
	b.WriteString(name)
	lossy := false
	for _, a := range args {
		b.WriteString("__")
		for _, r := range a {
			switch {
			case r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
				b.WriteRune(r)
			case r == ' ':
				lossy = true
			default:
				b.WriteByte('_')
				lossy = true
			}
		}
	}
	if lossy {
		h := fnv.New32a()
		h.Write([]byte(strings.Join(args, ";")))
		fmt.Fprintf(&b, "_%08x", h.Sum32())
	}
	return b.String()
}

// paren parenthesises a type that would bind differently in expressions
// (`*int(x)` is `*(int(x))`).
func paren(s string) string {
	if strings.HasPrefix(s, "*") || strings.HasPrefix(s, "<-") || strings.HasPrefix(s, "func") || strings.HasPrefix(s, "chan") {
		return "(" + s + ")"
	}
	return s
}

// generate writes the copy of one instantiation: a function, or a type
// and all its methods.
func (m *mono) generate(inst instance) {
	m.done = append(m.done, inst)
	switch d := m.decls[inst.obj].(type) {
	case *ast.FuncDecl:
		env := m.paramEnv(d.Type.TypeParams, inst.args)
		m.tenv = m.typedEnv(d.Type.TypeParams, inst.targs)
		edits := []posEdit{{d.Name.Pos(), d.Name.End(), inst.name, false},
			{d.Type.TypeParams.Opening, d.Type.TypeParams.Closing + 1, "", false}}
		edits = append(edits, m.funcRefs(d, env)...)
		if at, ok := m.localPos[inst.name]; ok {
			m.done = m.done[:len(m.done)-1] // not declared again by later cells
			sig := strings.TrimPrefix(m.text(d.Type, edits), "func "+inst.name)
			m.locals = append(m.locals, localCopy{at, inst.name, sig, m.text(d.Body, edits)})
			return
		}
		m.out = append(m.out, monoDecl{inst.name, m.text(d, edits)})
	case *ast.TypeSpec:
		env := m.paramEnv(d.TypeParams, inst.args)
		m.tenv = m.typedEnv(d.TypeParams, inst.targs)
		src := "type " + inst.name + " " + m.text(d.Type, m.refs(d.Type, env))
		m.out = append(m.out, monoDecl{inst.name, src})
		for _, fd := range m.methods[inst.obj.(*types.TypeName)] {
			m.method(inst, fd)
		}
	}
}

// method writes the copy of a method of a generic type for inst.
func (m *mono) method(inst instance, fd *ast.FuncDecl) {
	rt := fd.Recv.List[0].Type
	if s, ok := rt.(*ast.StarExpr); ok {
		rt = s.X
	}
	var params []*ast.Ident
	switch r := rt.(type) {
	case *ast.IndexExpr:
		params = []*ast.Ident{identOf(r.Index)}
	case *ast.IndexListExpr:
		for _, e := range r.Indices {
			params = append(params, identOf(e))
		}
	}
	env := map[*types.TypeName]string{}
	m.tenv = map[*types.TypeName]types.Type{}
	for i, id := range params {
		if id == nil || i >= len(inst.args) {
			m.bad = true
			return
		}
		if tn, ok := m.c.info.Defs[id].(*types.TypeName); ok {
			env[tn] = inst.args[i]
			if i < len(inst.targs) && inst.targs[i] != nil {
				m.tenv[tn] = inst.targs[i]
			}
		}
	}
	edits := append([]posEdit{{rt.Pos(), rt.End(), inst.name, false}}, m.funcRefs(fd, env)...)
	for _, n := range fd.Recv.List[0].Names {
		edits = append(edits, m.refs(n, env)...) // (shadowsArg)
	}
	m.out = append(m.out, monoDecl{inst.name + "." + fd.Name.Name, m.text(fd, edits)})
}

func identOf(e ast.Expr) *ast.Ident {
	id, _ := e.(*ast.Ident)
	return id
}

// funcRefs are the reference edits in a function's signature and body.
func (m *mono) funcRefs(fd *ast.FuncDecl, env map[*types.TypeName]string) []posEdit {
	edits := m.refs(fd.Type.Params, env)
	if fd.Type.Results != nil {
		edits = append(edits, m.refs(fd.Type.Results, env)...)
	}
	if fd.Body != nil {
		edits = append(edits, m.refs(fd.Body, env)...)
		edits = append(edits, m.assertions(fd.Body, env)...)
		edits = append(edits, m.switches(fd.Body)...)
		edits = append(edits, m.comparisons(fd.Body)...)
		edits = append(edits, m.convertedReceivers(fd.Body, env)...)
		edits = append(edits, m.iteratorRanges(fd, env)...)
		edits = append(edits, m.chanRanges(fd)...)
		edits = append(edits, m.pulls(fd, env)...)
		edits = append(edits, m.methodExprs(fd.Body, env)...)
		edits = append(edits, m.parallelAssigns(fd.Body, env)...)
		edits = append(edits, m.arrayLens(fd.Body, env)...)
		edits = append(edits, m.funcValueConversions(fd.Body, env)...)
		edits = append(edits, m.mapKeys(fd.Body, env)...)
		edits = append(edits, m.closureArgs(fd.Body, env)...)
		edits = append(edits, m.genericReturns(fd.Body)...)
		edits = append(edits, m.errorValues(fd, env)...)
		edits = append(edits, m.capturedLiterals(fd.Body)...)
		edits = append(edits, m.newExprs(fd.Body, env)...)
		edits = append(edits, m.untypedShifts(fd.Body, env)...)
		edits = append(edits, m.prints(fd.Body, m.tenv)...)
		edits = append(edits, m.typeVerbs(fd.Body, m.tenv)...)
		edits = append(edits, m.basicCmps(fd.Body, m.tenv)...)
	}
	return edits
}

// paramEnv maps the type parameters of a declaration to the arguments.
func (m *mono) paramEnv(fl *ast.FieldList, args []string) map[*types.TypeName]string {
	env := map[*types.TypeName]string{}
	i := 0
	for _, f := range fl.List {
		for _, id := range f.Names {
			if tn, ok := m.c.info.Defs[id].(*types.TypeName); ok && i < len(args) {
				env[tn] = args[i]
			}
			i++
		}
	}
	return env
}

// text is the source of n with edits applied.
func (m *mono) text(n ast.Node, edits []posEdit) string {
	start, end := int(n.Pos())-m.c.base, int(n.End())-m.c.base
	local := make([]edit, 0, len(edits))
	for _, e := range edits {
		if inOuter(e, edits) || e.start < n.Pos() || e.end > n.End() {
			continue
		}
		local = append(local, edit{int(e.start) - m.c.base - start, int(e.end) - m.c.base - start, e.text})
	}
	return applyEdits(m.c.src[start:end], local)
}
