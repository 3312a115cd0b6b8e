package gointerp

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/spargo-kernel/spargo/gointerp/rt"
)

// The %T verb for values of the session's types. yaegi builds those types
// with reflect, without names, so fmt printed `struct { R float64 }` for a
// Circle, `int` for a MyInt and `struct { K string; V int }` for a
// Pair[string, int]. Where an argument's type is known when the cell is
// checked (its static type is not an interface), a constant format's %T
// becomes %s and the argument spargo_rt.GoTypeName("main.Circle", arg), the
// type's name as Go prints it (the argument is still evaluated; the edits
// only insert, so others inside the argument are kept). An argument of
// interface type becomes spargo_rt.DynTypeName(arg, Circle{}, "main.Circle",
// ...): the session's struct types declared before the cell, each as a
// zero value and its name, so that the value's dynamic type is named at
// run time. Only struct types whose structure no other session type has
// are listed (yaegi's types are compared by structure); the others, and
// named non-struct types (MyInt is an int to yaegi), keep yaegi's %T.

// typeVerbRE finds cells that may format with %T; plusVerbRE, with %+v;
// sharpVerbRE, with %#v.
var (
	typeVerbRE  = regexp.MustCompile(`%[-+# 0]*T`)
	plusVerbRE  = regexp.MustCompile(`%[-# 0]*\+[-+# 0]*v`)
	sharpVerbRE = regexp.MustCompile(`%[-+ 0]*#[-+# 0]*v`)
)

// printfFuncs are the formatting functions by package path, with the index
// of their format argument.
var printfFuncs = map[string]map[string]int{
	"fmt": {"Printf": 0, "Sprintf": 0, "Errorf": 0, "Fprintf": 1, "Appendf": 1},
	"log": {"Printf": 0, "Fatalf": 0, "Panicf": 0},
}

// typeVerbs lowers %T of the cell's formatting calls, and the operands of
// verbs that print no method (plainOperand); copyNames gives the
// Go names of the generic copies the session declared, by copy name.
func (c *checked) typeVerbs(copyNames func() map[string]copyName) {
	var copies map[string]copyName
	names := func() map[string]copyName {
		if copies == nil {
			copies = copyNames()
		}
		return copies
	}
	ast.Inspect(c.f, func(n ast.Node) bool {
		call, at := c.printfCall(n)
		if call == nil {
			return true
		}
		lit, format, verbs, ok := c.printfFormat(call, at)
		if !ok {
			return true
		}
		var changed []int // offsets in format of the %T and %#v verbs to rewrite
		for _, v := range verbs {
			arg := at + 1 + v.Arg
			if arg >= len(call.Args) {
				continue
			}
			switch {
			case v.Verb == 'v' && v.Sharp:
				if c.syntaxOperand(call.Args[arg], names) {
					changed = append(changed, v.At)
				}
			case v.Verb == 'v' && v.Plus:
				c.plusOperand(call.Args[arg])
			case v.Verb == 'p':
				c.markNamed(call.Args[arg]) // an address: printElems leaves it alone
			case v.Verb != 'T':
				c.plainOperand(call.Args[arg], v.Verb)
			case c.typeOperand(call.Args[arg], names):
				changed = append(changed, v.At)
			default:
				c.markNamed(call.Args[arg]) // a type yaegi names right: printElems leaves it alone
			}
		}
		if len(changed) > 0 {
			b := []byte(format)
			for _, i := range changed {
				b[i] = 's'
			}
			c.add(lit.Pos(), lit.End(), strconv.Quote(string(b)))
		}
		return true
	})
}

// typeOperand names the type of e, the operand of a %T, where yaegi would
// print it wrongly; it reports whether it did.
func (c *checked) typeOperand(e ast.Expr, copyNames func() map[string]copyName) bool {
	t := c.info.Types[e].Type
	var open, close string
	switch {
	case t == nil:
		return false
	case types.IsInterface(t):
		known := c.knownTypes(e.Pos(), copyNames())
		names := c.namedCases(t)
		if known == "" && names == "" && len(c.namedBasics()) == 0 {
			return false
		}
		open, close = rtName+".DynTypeName(", ", "+known+")"
		if names != "" {
			open += names
			close = ")" + close
		}
	case funcMentionsSession(t, c.pkg):
		switch e.(type) {
		case *ast.Ident, *ast.SelectorExpr: // no effects to keep
			c.markNamed(e)
			if c.typeLits == nil {
				c.typeLits = map[ast.Expr]bool{}
			}
			c.typeLits[e] = true
			c.replace(e.Pos(), e.End(), strconv.Quote(goTypeName(t, c.pkg)))
			return true
		}
		open, close = rtName+".GoTypeName("+strconv.Quote(goTypeName(t, c.pkg))+", ", ")"
	case mentionsSession(t, c.pkg):
		open, close = rtName+".GoTypeName("+strconv.Quote(goTypeName(t, c.pkg))+", ", ")"
	default:
		return false
	}
	c.markNamed(e)
	c.add(e.Pos(), e.Pos(), open)
	c.add(e.End(), e.End(), close)
	return true
}

// syntaxOperand passes e, the operand of a %#v, through
// spargo_rt.GoSyntax when it is of a session type or an interface, which
// names the session's struct types in it; it reports whether it did.
func (c *checked) syntaxOperand(e ast.Expr, copyNames func() map[string]copyName) bool {
	t := c.info.Types[e].Type
	if t == nil || !types.IsInterface(t) && !mentionsSession(t, c.pkg) {
		return false
	}
	mset := types.NewMethodSet(t)
	if !types.IsInterface(t) && mset.Lookup(c.pkg, "Format") != nil {
		return false // it formats itself (fmt.Formatter), as printElems has it do
	}
	if !types.IsInterface(t) && mset.Lookup(c.pkg, "GoString") != nil {
		// fmt calls a GoString method (fmt.GoStringer) for %#v
		c.markNamed(e)
		c.add(e.Pos(), e.Pos(), "(")
		c.add(e.End(), e.End(), ").GoString()")
		return true
	}
	known := c.knownTypes(e.Pos(), copyNames())
	if known == "" && !(types.IsInterface(t) && len(c.namedBasics()) > 0) {
		return false
	}
	c.markNamed(e)
	c.add(e.Pos(), e.Pos(), rtName+".GoSyntax(")
	c.add(e.End(), e.End(), ", "+known+")")
	return true
}

// plusOperand passes e, the operand of a %+v, through spargo_rt.Formatted
// when its value holds a struct of a session type with unexported fields,
// or an interface (whose value may): yaegi's types export them, and fmt
// wrote their names as Xname.
func (c *checked) plusOperand(e ast.Expr) {
	t := c.info.Types[e].Type
	if t == nil || c.methodFunc(t) != "nil" {
		return
	}
	p := c.printer(t, map[types.Type]bool{}, printMode{names: true})
	if p == "nil" {
		return
	}
	c.markNamed(e) // printElems leaves it alone
	if types.IsInterface(t) {
		// A value with a String or Error method prints through it.
		if w := c.methodCaller(t, rtName+".Formatted("+rtName+".Interpreted(spargo_v), "+p+")"); w != "" {
			c.add(e.Pos(), e.Pos(), w)
			c.add(e.End(), e.End(), ")")
			return
		}
	}
	c.add(e.Pos(), e.Pos(), rtName+".Formatted(")
	c.add(e.End(), e.End(), ", "+p+")")
}

// plainOperand converts e, the operand of a verb that prints no method
// (%d, %f, %c...), to its basic underlying type when its type has a String
// or Error method: yaegi passed such a value to fmt inside a wrapper of
// its own, which %d printed as a struct ({2 5546432} for a Color 2). An
// operand of an interface type goes through rt.Underlying, which takes
// such a value out of yaegi's valueInterface.
func (c *checked) plainOperand(e ast.Expr, verb byte) {
	if strings.IndexByte("vsqxXTpw", verb) >= 0 {
		return
	}
	t := c.info.Types[e].Type
	if t != nil && types.IsInterface(t) && len(c.namedBasics()) > 0 {
		// a value of such a type in an interface is yaegi's valueInterface,
		// which fmt printed as a struct: its value is printed
		c.markNamed(e)
		c.add(e.Pos(), e.Pos(), rtName+".Underlying(")
		c.add(e.End(), e.End(), ")")
		return
	}
	if t == nil || types.IsInterface(t) || c.methodFunc(t) == "nil" {
		return
	}
	if b, ok := t.Underlying().(*types.Basic); ok {
		c.markNamed(e) // printElems leaves it alone: it prints no method
		c.add(e.Pos(), e.Pos(), b.Name()+"(")
		c.add(e.End(), e.End(), ")")
	}
}

// knownTypes lists, as DynTypeName's arguments, the session's struct types
// of a unique structure (to yaegi), those declared in functions around
// pos, and copies of generic types: a zero value of each, then its Go
// name ("" if there are none).
func (c *checked) knownTypes(pos token.Pos, copies map[string]copyName) string {
	type known struct {
		zero, name string
		t          types.Type
		named      *types.Named // nil for a copy
	}
	var all []known
	// (all of the cell's: a function may name a type declared after it)
	for _, t := range append(c.sessionStructs(), c.localStructs(pos)...) {
		if !slices.ContainsFunc(all, func(k known) bool { return k.t == t.Underlying() }) {
			all = append(all, known{t.Obj().Name() + "{}", "main." + t.Obj().Name(), t.Underlying(), t})
		}
	}
	fset := token.NewFileSet() // for the copies' source forms only
	for _, n := range slices.Sorted(maps.Keys(copies)) {
		tv, err := types.Eval(fset, c.pkg, token.NoPos, copies[n].src)
		if err != nil || !tv.IsType() {
			continue
		}
		if _, ok := tv.Type.Underlying().(*types.Struct); ok {
			all = append(all, known{n + "{}", copies[n].goName, tv.Type.Underlying(), nil})
		}
	}
	var args []string
	for i, k := range all {
		unique := true
		for j, o := range all {
			if j != i && types.Identical(o.t, k.t) && !distinctToYaegi(o.named, k.named, c.pkg) {
				unique = false
			}
		}
		if unique {
			args = append(args, k.zero, strconv.Quote(k.name))
		}
	}
	return strings.Join(args, ", ")
}

// localStructs lists the struct types declared in functions and in scope
// at pos (Go's %#v names a local type main.kv too).
func (c *checked) localStructs(pos token.Pos) []*types.Named {
	var out []*types.Named
	for s := c.pkg.Scope().Innermost(pos); s != nil && s != c.pkg.Scope() && s != types.Universe; s = s.Parent() {
		for _, name := range s.Names() {
			tn, ok := s.Lookup(name).(*types.TypeName)
			if !ok || tn.Pos() >= pos {
				continue
			}
			if n, ok := tn.Type().(*types.Named); ok && n.TypeParams() == nil {
				if _, isStruct := n.Underlying().(*types.Struct); isStruct {
					out = append(out, n)
				}
			}
		}
	}
	return out
}

// namedCases opens a call of a function literal that gives, for a value
// of t, a session interface, its type's name when it is one of the
// session's named types other than structs (or a struct without fields)
// that implement t (a
// `type HandlerFunc func(Request) Response` in a Handler): passed to rt,
// such a value is the func or int yaegi built, without its name. ""
// when none implements t.
func (c *checked) namedCases(t types.Type) string {
	iface, ok := t.Underlying().(*types.Interface)
	if !ok || iface.NumMethods() == 0 || !c.nameable(t) || isLocalType(t, c.pkg) {
		return ""
	}
	var cases []string
	// (struct types without fields are all struct{} to reflect; a type
	// switch on the cell's interface tells them apart by their name
	// method: nameMethods)
	for _, n := range c.sessionNamed(func(n *types.Named) bool { return (heldWithMethods(n) || c.emptyStruct(n)) && c.writable(n) }) {
		for _, ct := range []types.Type{n, types.NewPointer(n)} {
			if types.Implements(ct, iface) {
				cases = append(cases, "case "+c.typeString(ct)+": return "+rtName+".TypeNamed("+strconv.Quote(goTypeName(ct, c.pkg))+")")
			}
		}
	}
	if len(cases) == 0 {
		return ""
	}
	return "func(spargo_v " + c.typeString(t) + ") any { switch spargo_v.(type) { " + strings.Join(cases, "; ") + " }; return spargo_v }("
}

// namedBasic reports whether n has a basic underlying type: yaegi gives
// its values float64's or int's type. Each such type of the session has
// methods in the interpreter (nameMethods gives one to those without),
// so its values in an any are held in yaegi's valueInterface, where
// DynTypeName finds their name (rt/typenames.go).
func namedBasic(n *types.Named) bool {
	return isBasic(n.Underlying())
}

// printfCall is n if it is a call of a formatting function in the cell,
// with the index of its format argument.
func (c *checked) printfCall(n ast.Node) (*ast.CallExpr, int) {
	if call, ok := n.(*ast.CallExpr); ok && c.chunkAt(call.Pos()) >= 0 {
		return c.printfAnywhere(call)
	}
	return nil, 0
}

// printfAnywhere is printfCall for call wherever it is (in an earlier
// cell's generic code, whose copies a cell writes).
func (c *checked) printfAnywhere(call *ast.CallExpr) (*ast.CallExpr, int) {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || call.Ellipsis.IsValid() {
		return nil, 0
	}
	fn, ok := c.info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil {
		return nil, 0
	}
	if at, ok := printfFuncs[fn.Pkg().Path()][fn.Name()]; ok && len(call.Args) > at {
		return call, at
	}
	return nil, 0
}

// printfFormat is the constant format of call, argument at: its literal,
// its text and its verbs; false if it is not a literal whose verbs rt
// follows.
func (c *checked) printfFormat(call *ast.CallExpr, at int) (*ast.BasicLit, string, []rt.Verb, bool) {
	lit, ok := call.Args[at].(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING || c.info.Types[lit].Value == nil {
		return nil, "", nil, false
	}
	format := constant.StringVal(c.info.Types[lit].Value)
	verbs, ok := rt.Verbs(format)
	return lit, format, verbs, ok
}

// mentionsSession reports whether t is or contains a type the session
// declares (the ones yaegi prints without their names).
func mentionsSession(t types.Type, pkg *types.Package) bool {
	switch u := types.Unalias(t).(type) {
	case *types.Named:
		return u.Obj().Pkg() == pkg
	case *types.Pointer:
		return mentionsSession(u.Elem(), pkg)
	case *types.Slice:
		return mentionsSession(u.Elem(), pkg)
	case *types.Array:
		return mentionsSession(u.Elem(), pkg)
	case *types.Chan:
		return mentionsSession(u.Elem(), pkg)
	case *types.Map:
		return mentionsSession(u.Key(), pkg) || mentionsSession(u.Elem(), pkg)
	}
	return false
}

// goTypeName writes t as Go's reflect does: packages by name, the session's
// as main, type arguments separated by bare commas.
func goTypeName(t types.Type, pkg *types.Package) string {
	switch u := types.Unalias(t).(type) {
	case *types.Named:
		name := u.Obj().Name()
		if p := u.Obj().Pkg(); p != nil {
			name = p.Name() + "." + name
		}
		if args := u.TypeArgs(); args.Len() > 0 {
			var as []string
			for i := range args.Len() {
				as = append(as, goTypeName(args.At(i), pkg))
			}
			name += "[" + strings.Join(as, ",") + "]"
		}
		return name
	case *types.Pointer:
		return "*" + goTypeName(u.Elem(), pkg)
	case *types.Slice:
		return "[]" + goTypeName(u.Elem(), pkg)
	case *types.Array:
		return "[" + strconv.FormatInt(u.Len(), 10) + "]" + goTypeName(u.Elem(), pkg)
	case *types.Map:
		return "map[" + goTypeName(u.Key(), pkg) + "]" + goTypeName(u.Elem(), pkg)
	case *types.Chan:
		dir := map[types.ChanDir]string{types.SendRecv: "chan ", types.SendOnly: "chan<- ", types.RecvOnly: "<-chan "}[u.Dir()]
		return dir + goTypeName(u.Elem(), pkg)
	case *types.Signature:
		return "func" + goTupleName(u.Params(), u.Variadic(), pkg) + goResultsName(u.Results(), pkg)
	}
	return types.TypeString(t, func(p *types.Package) string { return p.Name() })
}

// goTupleName writes a parameter list as %T does: types only.
func goTupleName(t *types.Tuple, variadic bool, pkg *types.Package) string {
	var parts []string
	for i := range t.Len() {
		v := t.At(i).Type()
		if variadic && i == t.Len()-1 {
			parts = append(parts, "..."+goTypeName(v.(*types.Slice).Elem(), pkg))
			continue
		}
		parts = append(parts, goTypeName(v, pkg))
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

// goResultsName writes a result list as %T does.
func goResultsName(t *types.Tuple, pkg *types.Package) string {
	switch t.Len() {
	case 0:
		return ""
	case 1:
		return " " + goTypeName(t.At(0).Type(), pkg)
	}
	return " " + goTupleName(t, false, pkg)
}

// funcMentionsSession reports whether t is a function type whose
// parameters or results mention a session type: %T printed them as
// yaegi's structs (`func(struct { Xname string ... }, string) string`).
func funcMentionsSession(t types.Type, pkg *types.Package) bool {
	sig, ok := types.Unalias(t).(*types.Signature)
	if !ok {
		return false
	}
	for _, tuple := range []*types.Tuple{sig.Params(), sig.Results()} {
		for v := range tuple.Variables() {
			if mentionsSession(v.Type(), pkg) || funcMentionsSession(v.Type(), pkg) {
				return true
			}
		}
	}
	return false
}

// markNamed records that e, an operand of a formatting verb, was lowered
// here: printElems leaves it alone.
func (c *checked) markNamed(e ast.Expr) {
	if c.named == nil {
		c.named = map[ast.Expr]bool{}
	}
	c.named[e] = true
}
