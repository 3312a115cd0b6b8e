package gointerp

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"
)

// Values with parts that print through a String or Error method of a
// session type. yaegi builds a cell's types without methods, so
// fmt.Println of a []Celsius, or of a struct with a Celsius field, printed
// bare numbers, while a single Celsius printed as its String method says
// (yaegi wraps a value passed as an interface itself). Such an argument of
// a print call is passed as spargo_rt.Formatted(x, printer), the printer
// written from its static type, which prints it as fmt does, calling the
// methods through function literals of the cell:
//
//	fmt.Println(temps)
//	fmt.Println(spargo_rt.Formatted(temps, &spargo_rt.Printer{Elem: &spargo_rt.Printer{
//		Str: func(spargo_e any) string { return spargo_e.(Celsius).String() }}}))
//
// A value held in a session interface that has String or Error prints
// through it; values held in other interfaces print as before.

// printFuncs are the printing functions whose arguments are printed, by
// package path, with the index of their first printed argument.
var printFuncs = map[string]map[string]int{
	"fmt": {"Print": 0, "Println": 0, "Sprint": 0, "Sprintln": 0, "Fprint": 1, "Fprintln": 1,
		"Printf": 1, "Sprintf": 1, "Errorf": 1, "Fprintf": 2},
	"log": {"Print": 0, "Println": 0, "Printf": 1, "Fatal": 0, "Fatalln": 0, "Fatalf": 1, "Panic": 0, "Panicln": 0, "Panicf": 1},
}

// valueExpr is the cell's final expression, which the kernel shows as the
// cell's result (value.go), or nil.
func valueExpr(body []chunk) ast.Expr {
	if len(body) == 0 || body[len(body)-1].kind != kindStmt {
		return nil
	}
	if e, ok := isExpr(body[len(body)-1].src); ok && !isQuietCall(e) {
		return e
	}
	return nil
}

// printValue wraps the cell's final expression as print arguments are
// wrapped, unless its value renders itself (HTML or Markdown methods).
func (c *checked) printValue() {
	n := len(c.body)
	if valueExpr(c.body) == nil {
		return
	}
	start := token.Pos(c.base + c.starts[n-1])
	end := start + token.Pos(len(c.body[n-1].src))
	ast.Inspect(c.f, func(x ast.Node) bool {
		if x == nil || x.End() < start || x.Pos() > end {
			return false
		}
		st, ok := x.(*ast.ExprStmt)
		if !ok || st.Pos() < start {
			return true
		}
		t := c.info.Types[st.X].Type
		if t != nil && !c.rendersItself(t) {
			c.wrapElems(st.X)
		}
		return false
	})
}

// rendersItself reports whether values of t have HTML or Markdown methods.
func (c *checked) rendersItself(t types.Type) bool {
	ms := types.NewMethodSet(t)
	return ms.Lookup(c.pkg, "HTML") != nil || ms.Lookup(c.pkg, "Markdown") != nil
}

// printElems wraps the cell's printed containers of session values with
// String or Error methods.
func (c *checked) printElems() {
	ast.Inspect(c.f, func(n ast.Node) bool {
		call, path, name := c.stdCallee(n)
		if call == nil {
			return true
		}
		if first, ok := printFuncs[path][name]; ok && call.Ellipsis.IsValid() {
			// fmt.Println(args...): each element of the spread []any
			// (not for %T and %p, which fmt writes before calling a
			// Formatter)
			if last := call.Args[len(call.Args)-1]; len(call.Args)-1 >= first && plainVerbs(call, name, first) {
				if p := c.printer(types.Universe.Lookup("any").Type(), map[types.Type]bool{}, printMode{}); p != "nil" {
					c.add(last.Pos(), last.Pos(), rtName+".FormattedEach(")
					c.add(last.End(), last.End(), ", "+p+")")
				}
			}
			return true
		}
		if first, ok := printFuncs[path][name]; ok {
			if first == 0 && len(call.Args) == 1 && c.wrapResults(call.Args[0]) {
				return true
			}
			for i := first; i < len(call.Args); i++ {
				c.wrapElems(call.Args[i])
			}
		}
		return true
	})
}

// wrapResults wraps the results of arg, a call of several results printed
// alone (`fmt.Println(run())`), when one of them prints through a method:
// the call's results go into variables of a function literal that returns
// them, wrapped, as a spread []any. It reports whether it did.
func (c *checked) wrapResults(arg ast.Expr) bool {
	tuple, ok := c.info.Types[arg].Type.(*types.Tuple)
	if !ok || tuple.Len() < 2 {
		return false
	}
	var names, values []string
	wrapped := false
	for i := range tuple.Len() {
		name := fmt.Sprintf("spargo_r%d", i)
		names = append(names, name)
		value := name
		if p := c.printer(tuple.At(i).Type(), map[types.Type]bool{}, printMode{}); p != "nil" {
			value, wrapped = rtName+".Formatted("+name+", "+p+")", true
		}
		values = append(values, value)
	}
	if !wrapped {
		return false
	}
	c.add(arg.Pos(), arg.Pos(), "func() []any { "+strings.Join(names, ", ")+" := ")
	c.add(arg.End(), arg.End(), "; return []any{"+strings.Join(values, ", ")+"} }()...")
	return true
}

// wrapElems passes arg through spargo_rt.Formatted when a part of its
// value prints with a method of a session type that yaegi's value lacks
// (and it is not the operand of a %T, which typeVerbs replaced by a name).
// yaegi calls the method of a variable's value itself, not that of a
// call's result: fmt.Println(NewQuery()) printed &{...}.
func (c *checked) wrapElems(arg ast.Expr) {
	t := c.info.Types[arg].Type
	if c.named[arg] || t == nil {
		return
	}
	if types.IsInterface(t) {
		// yaegi calls no method of a value held in a session interface:
		// one that has String or Error calls it through the interface,
		// before printing (a panic in it prints the value as before).
		// Others print their dynamic value (an any held yaegi's form of
		// a named int or a pointer with methods).
		if w := c.methodCaller(t, rtName+".Printable("+rtName+".Interpreted(spargo_v))"); w != "" {
			c.add(arg.Pos(), arg.Pos(), w)
			c.add(arg.End(), arg.End(), ")")
		} else if isEmptyIface(t) || sessionType(t, c.pkg) {
			c.add(arg.Pos(), arg.Pos(), rtName+".Printable(")
			c.add(arg.End(), arg.End(), ")")
		}
		return
	}
	if _, call := ast.Unparen(arg).(*ast.CallExpr); !call && c.methodFunc(t) != "nil" {
		return // a value whose own method yaegi calls (not a call's result: it lost it)
	}
	p := c.printer(t, map[types.Type]bool{}, printMode{})
	if p == "nil" {
		c.withoutPointerMethod(arg, t)
		return
	}
	c.add(arg.Pos(), arg.Pos(), rtName+".Formatted(")
	c.add(arg.End(), arg.End(), ", "+p+")")
}

// withoutPointerMethod converts arg, a value of type t whose String or
// Error method has a pointer receiver, to t's underlying type: fmt calls
// no method of *T on a T (Go prints Temp{21.5} as {21.5}), and yaegi
// called it.
func (c *checked) withoutPointerMethod(arg ast.Expr, t types.Type) {
	if _, ptr := t.(*types.Pointer); ptr || c.stringMethod(t) != "" || c.stringMethod(types.NewPointer(t)) == "" {
		return
	}
	if u := t.Underlying(); c.writable(u) {
		c.add(arg.Pos(), arg.Pos(), "("+c.typeString(u)+")(")
		c.add(arg.End(), arg.End(), ")")
	}
}

// dynamicPrinter prints a value held in an interface as fmt would print
// its dynamic value.
const dynamicPrinter = "&" + rtName + ".Printer{Dynamic: true}"

// printMode says what a Printer is for besides method calls.
type printMode struct {
	names     bool // the field names of structs with unexported fields, for %+v (plusOperand)
	noMethods bool // no method calls: inside an unexported field
}

// printer writes the spargo_rt.Printer for values of type t, or "nil" when
// no part of them prints through a method of a session type (nor, in
// mode.names, has an unexported field).
func (c *checked) printer(t types.Type, seen map[types.Type]bool, mode printMode) string {
	if seen[t] || len(seen) > 8 {
		return "nil" // a recursive type: its deeper parts print as fmt does
	}
	seen[t] = true
	defer delete(seen, t)
	if types.IsInterface(t) && hasMethods(t) && sessionType(t, c.pkg) {
		// yaegi's form of a value in it printed as {0xc000... {...}}
		method := ""
		if m := c.ifaceMethod(t); m != "" && !mode.noMethods {
			method = ", Method: " + m
		}
		return "&" + rtName + ".Printer{Dynamic: true" + method + "}"
	}
	if isEmptyIface(t) && !mode.noMethods {
		// An element of an []any or a map[string]any: yaegi's form of a
		// value of a type with methods printed {0xc000... {...}}.
		if m := c.anyMethod(); m != "" {
			return "&" + rtName + ".Printer{Dynamic: true, Method: " + m + "}"
		}
		return dynamicPrinter
	}
	if m := c.methodFunc(t); m != "nil" && !mode.noMethods {
		return "&" + rtName + ".Printer{Str: " + m + "}"
	}
	if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg() != c.pkg && !mode.noMethods {
		// a type of another package (time.Time) is not yaegi's: fmt
		// prints it, and calls its methods, as Go does (but not in an
		// unexported field, where Go prints its fields)
		return "nil"
	}
	if mode.names && !mode.noMethods && types.IsInterface(t) {
		return dynamicPrinter // its fields are named when it is printed
	}
	var parts []string
	switch u := t.Underlying().(type) {
	case *types.Slice:
		parts = c.printerPart(parts, "Elem", u.Elem(), seen, mode)
	case *types.Array:
		parts = c.printerPart(parts, "Elem", u.Elem(), seen, mode)
	case *types.Pointer:
		parts = c.printerPart(parts, "Elem", u.Elem(), seen, mode)
	case *types.Map:
		parts = c.printerPart(parts, "Key", u.Key(), seen, mode)
		parts = c.printerPart(parts, "Elem", u.Elem(), seen, mode)
	case *types.Struct:
		var fields, names []string
		has := false
		for i := range u.NumFields() {
			f := "nil" // fmt calls no method in an unexported field
			if u.Field(i).Exported() {
				f = c.printer(u.Field(i).Type(), seen, mode)
			} else if mode.names {
				// Its structs' names, for %+v; still no method.
				f = c.printer(u.Field(i).Type(), seen, printMode{names: true, noMethods: true})
			}
			has = has || f != "nil" || mode.names && !u.Field(i).Exported()
			fields = append(fields, f)
			names = append(names, strconv.Quote(u.Field(i).Name()))
		}
		if has {
			parts = append(parts, "Fields: []*"+rtName+".Printer{"+strings.Join(fields, ", ")+"}",
				"Names: []string{"+strings.Join(names, ", ")+"}")
		}
	}
	if len(parts) == 0 {
		return "nil"
	}
	return "&" + rtName + ".Printer{" + strings.Join(parts, ", ") + "}"
}

func (c *checked) printerPart(parts []string, field string, t types.Type, seen map[types.Type]bool, mode printMode) []string {
	if p := c.printer(t, seen, mode); p != "nil" {
		parts = append(parts, field+": "+p)
	}
	return parts
}

// ifaceMethod is a function literal that calls the String or Error method
// of a value of session interface t (that of its dynamic type), for a
// Printer's Method; "" when none can be called.
func (c *checked) ifaceMethod(t types.Type) string {
	if !c.nameable(t) || isLocalType(t, c.pkg) {
		return ""
	}
	body := ""
	if m := c.stringMethod(t); m != "" {
		body = "return spargo_v." + m + "(), true"
	} else if sw := c.stringerCases(t, "return spargo_t.%s(), true"); sw != "" {
		body = sw + "; return \"\", false"
	} else {
		return ""
	}
	return "func(spargo_v " + c.typeString(t) + ") (string, bool) { " + body + " }"
}

// plainVerbs reports whether print call, of function name, has no %T or
// %p verb: a format it takes is a literal without them.
func plainVerbs(call *ast.CallExpr, name string, first int) bool {
	if !strings.HasSuffix(name, "f") {
		return true
	}
	lit, ok := call.Args[first-1].(*ast.BasicLit)
	return ok && lit.Kind == token.STRING && !strings.Contains(lit.Value, "%T") && !strings.Contains(lit.Value, "%p")
}

// anyMethod is a function literal that calls the String or Error method
// of a value held in an empty interface, for a Printer's Method: a type
// switch over the session's named types that have one, except struct
// types whose structure another shares (yaegi matches the cases of a
// switch on an any by structure; rt calls it only for values of the
// interpreter's types with methods and for structs); "" if none has.
func (c *checked) anyMethod() string {
	candidates := c.uniqueStructs()
	candidates = append(candidates, c.sessionNamed(func(n *types.Named) bool {
		_, isStruct := n.Underlying().(*types.Struct)
		return !isStruct && !types.IsInterface(n)
	})...)
	// rt passes the value out of yaegi's valueInterface, with the name of
	// its type there ("" when it has none)
	sw := c.typeCases(candidates, types.NewInterfaceType(nil, nil), "return spargo_t.%s(), true", func(name string) string {
		return fmt.Sprintf("(spargo_n == \"\" || spargo_n == %q)", name)
	})
	if sw == "" {
		return ""
	}
	return "func(spargo_v any, spargo_n string) (string, bool) { " + sw + "; return \"\", false }"
}

// methodFunc is a function literal calling the Error or String method of
// values of t (Error first, as fmt), or "nil" when t is not a session type
// with one.
func (c *checked) methodFunc(t types.Type) string {
	m := c.stringMethod(t)
	if m == "" {
		return "nil"
	}
	name, ok := c.copyOrTypeName(t)
	if !ok {
		return "nil"
	}
	return "func(spargo_e any) string { return spargo_e.(" + name + ")." + m + "() }"
}

// methodCaller is the start of a call of a function literal that prints
// a value of interface type t through its dynamic type's String or Error
// method, calling it before printing (a panic in it leaves plain, the
// value as printed otherwise); "" if t is not a session interface or any,
// or no method can be found.
func (c *checked) methodCaller(t types.Type, plain string) string {
	if !(sessionType(t, c.pkg) || isEmptyIface(t)) || !c.nameable(t) || isLocalType(t, c.pkg) {
		return ""
	}
	call := ""
	if m := c.stringMethod(t); m != "" {
		call = "spargo_p = " + rtName + ".Stringed(spargo_p, spargo_v." + m + "())"
	} else if call = c.stringerSwitch(t); call == "" {
		return ""
	}
	return "func(spargo_v " + c.typeString(t) + ") (spargo_p any) { spargo_p = " + plain +
		"; if spargo_v != nil { defer func() { recover() }(); " + call + " }; return }("
}

// stringerSwitch is a type switch on spargo_v, of session interface t
// without a String or Error method, that calls the method of each session
// type implementing t that has one (the dynamic type's method, as fmt
// calls it); "" if none has.
func (c *checked) stringerSwitch(t types.Type) string {
	return c.stringerCases(t, "spargo_p = "+rtName+".Stringed(spargo_p, spargo_t.%s())")
}

// stringerCases is stringerSwitch with body (where %s is the method's
// name) for each case.
func (c *checked) stringerCases(t types.Type, body string) string {
	iface, ok := t.Underlying().(*types.Interface)
	if !ok {
		return ""
	}
	return c.typeCases(c.stringerCandidates(iface), iface, body, func(name string) string {
		return fmt.Sprintf("%s.NamedAs(spargo_v, %q, true)", rtName, name)
	})
}

// typeCases is a type switch on spargo_v with a case for each of the
// candidates (and pointers to them) that implements iface and has a
// String or Error method, body (where %s is the method's name) its
// clause; "" if none has. On the empty interface, a named basic type's
// case is an if of its own, which also tests guard(its name).
func (c *checked) typeCases(candidates []*types.Named, iface *types.Interface, body string, guard func(string) string) string {
	var ifs, cases []string
	for _, ct := range c.implementing(candidates, iface) {
		m := c.stringMethod(ct)
		if m == "" {
			continue
		}
		if n, ok := ct.(*types.Named); ok && iface.NumMethods() == 0 && isBasic(n.Underlying()) {
			// yaegi's switch on an any takes a Weekday for a plain int (or
			// another named int): rt tells them apart (rt/typenames.go)
			ifs = append(ifs, fmt.Sprintf("if spargo_t, ok := spargo_v.(%s); ok && %s { %s }",
				c.typeString(ct), guard(n.Obj().Name()), fmt.Sprintf(body, m)))
			continue
		}
		cases = append(cases, "case "+c.typeString(ct)+": "+fmt.Sprintf(body, m))
	}
	sw := ""
	if len(cases) > 0 {
		sw = "switch spargo_t := spargo_v.(type) { " + strings.Join(cases, "; ") + " }"
	}
	switch {
	case len(ifs) == 0:
		return sw
	case sw == "":
		return strings.Join(ifs, " else ")
	}
	return strings.Join(ifs, " else ") + " else { " + sw + " }"
}

// isBasic reports whether t is a basic type.
func isBasic(t types.Type) bool {
	_, ok := t.(*types.Basic)
	return ok
}

// stringerCandidates are the session's named types a value of iface may
// hold, for stringerSwitch. For the empty interface, only struct types of
// a unique structure: yaegi matches a case by structure there, and
// `case Tile:` would take a plain int.
func (c *checked) stringerCandidates(iface *types.Interface) []*types.Named {
	if iface.NumMethods() == 0 {
		// and named basic types, which typeCases tells apart
		return append(c.uniqueStructs(), c.sessionNamed(func(n *types.Named) bool { return isBasic(n.Underlying()) })...)
	}
	return c.sessionNamed(func(n *types.Named) bool { return !types.IsInterface(n) })
}

// implementing lists the candidates T and *T that implement iface and
// that the cell can name.
func (c *checked) implementing(candidates []*types.Named, iface *types.Interface) []types.Type {
	var out []types.Type
	for _, named := range candidates {
		for _, ct := range []types.Type{named, types.NewPointer(named)} {
			if types.Implements(ct, iface) && c.nameable(ct) && !isLocalType(ct, c.pkg) {
				out = append(out, ct)
			}
		}
	}
	return out
}

// stringMethod is "Error" or "String", the method fmt calls on values of
// session type t (Error first), or "" if it has neither.
func (c *checked) stringMethod(t types.Type) string {
	if t == nil || !sessionType(t, c.pkg) {
		return ""
	}
	ms := types.NewMethodSet(t)
	for _, m := range []string{"Error", "String"} {
		sel := ms.Lookup(c.pkg, m)
		if sel == nil {
			continue
		}
		if sig, ok := sel.Type().(*types.Signature); ok && sig.Params().Len() == 0 && sig.Results().Len() == 1 &&
			types.Identical(sig.Results().At(0).Type(), types.Typ[types.String]) {
			return m
		}
	}
	return ""
}

// copyOrTypeName writes t as the cell's source (typeString); a generic
// instance only by its copy's name, if the cell has that copy.
func (c *checked) copyOrTypeName(t types.Type) (string, bool) {
	if n, ok := types.Unalias(t).(*types.Named); ok && n.TypeArgs().Len() > 0 {
		if c.mono == nil {
			return "", false
		}
		return c.mono.typeExpr(t, nil)
	}
	return c.typeString(t), true
}
