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
			last := call.Args[len(call.Args)-1]
			if len(call.Args)-1 < first {
				return true
			}
			p := c.printer(types.Universe.Lookup("any").Type(), map[types.Type]bool{}, printMode{at: call.Pos()})
			switch {
			case p == "nil":
			case plainVerbs(call, name, first):
				c.add(last.Pos(), last.Pos(), rtName+".FormattedEach(")
				c.add(last.End(), last.End(), ", "+p+")")
			case len(call.Args)-1 == first && strings.HasSuffix(name, "f") && pure(call.Args[first-1]):
				// a format known when it runs (a logger's
				// `fmt.Sprintf(format, args...)`): rt reads its verbs
				format := call.Args[first-1]
				c.add(last.Pos(), last.Pos(), rtName+".FormattedFor("+c.text(format)+", ")
				c.add(last.End(), last.End(), ", "+p+")")
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
		if p := c.printer(tuple.At(i).Type(), map[types.Type]bool{}, printMode{at: arg.Pos()}); p != "nil" {
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
	if open, closing := c.elemsWrap(arg, t); open != "" {
		c.add(arg.Pos(), arg.Pos(), open)
		c.add(arg.End(), arg.End(), closing)
	}
}

// elemsWrap is the text wrapElems writes around arg, printed as a value of
// type t, or "" when it is printed as it is.
func (c *checked) elemsWrap(arg ast.Expr, t types.Type) (open, closing string) {
	if types.IsInterface(t) {
		// yaegi calls no method of a value held in a session interface:
		// one that has String or Error calls it through the interface,
		// before printing (a panic in it prints the value as before).
		// Others print their dynamic value (an any held yaegi's form of
		// a named int or a pointer with methods).
		if w := c.methodCaller(t, rtName+".Printable("+rtName+".Interpreted(spargo_v), "+printersVar+")"); w != "" {
			return w, ")"
		} else if isEmptyIface(t) || sessionType(t, c.pkg) {
			return rtName + ".Printable(", ", " + printersVar + ")"
		}
		return "", ""
	}
	if _, call := ast.Unparen(arg).(*ast.CallExpr); !call && (c.methodFunc(t) != "nil" || c.formatFunc(t) != "") {
		return "", "" // a value whose own method yaegi calls (not a call's result: it lost it)
	}
	p := c.printer(t, map[types.Type]bool{}, printMode{at: arg.Pos()})
	if p == "nil" {
		return c.withoutPointerMethod(t)
	}
	return rtName + ".Formatted(", ", " + p + ")"
}

// withoutPointerMethod converts a value of type t whose String or Error
// method has a pointer receiver to t's underlying type: fmt calls no
// method of *T on a T (Go prints Temp{21.5} as {21.5}), and yaegi called
// it.
func (c *checked) withoutPointerMethod(t types.Type) (open, closing string) {
	if _, ptr := t.(*types.Pointer); ptr || c.stringMethod(t) != "" || c.stringMethod(types.NewPointer(t)) == "" {
		return "", ""
	}
	if u := t.Underlying(); c.writable(u) {
		return "(" + c.typeString(u) + ")(", ")"
	}
	return "", ""
}

// dynamicPrinter prints a value held in an interface as fmt would print
// its dynamic value.
const dynamicPrinter = "&" + rtName + ".Printer{Dynamic: true, Reg: " + printersVar + "}"

// printersVar is the session's registry of String methods (rt/printreg.go).
const printersVar = "spargo_printers"

// printMode says what a Printer is for besides method calls.
type printMode struct {
	names     bool      // the field names of structs with unexported fields, for %+v (plusOperand)
	noMethods bool      // no method calls: inside an unexported field
	at        token.Pos // where the printing is (methodLater)
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
		return "&" + rtName + ".Printer{Dynamic: true" + method + ", Reg: " + printersVar + "}"
	}
	if isEmptyIface(t) && !mode.noMethods {
		// An element of an []any or a map[string]any: yaegi's form of a
		// value of a type with methods printed {0xc000... {...}}.
		if m := c.anyMethod(mode.at); m != "" {
			return "&" + rtName + ".Printer{Dynamic: true, Method: " + m + ", Reg: " + printersVar + "}"
		}
		return dynamicPrinter
	}
	if f := c.formatFunc(t); f != "" && !mode.noMethods {
		return "&" + rtName + ".Printer{Fmt: " + f + "}"
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

// plainVerbs reports whether print call, of function name, has no %T or
// %p verb: a format it takes is a literal without them.
func plainVerbs(call *ast.CallExpr, name string, first int) bool {
	if !strings.HasSuffix(name, "f") {
		return true
	}
	lit, ok := call.Args[first-1].(*ast.BasicLit)
	return ok && lit.Kind == token.STRING && !strings.Contains(lit.Value, "%T") && !strings.Contains(lit.Value, "%p")
}
