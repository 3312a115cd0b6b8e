package gointerp

import (
	"go/ast"
	"go/types"
	"regexp"
)

// Containers of values with a String or Error method, printed by fmt.
// yaegi builds a cell's types without methods, so fmt.Println of a
// []Celsius printed the bare numbers while a single Celsius printed as its
// String method says. A slice, array or map argument of a print call
// whose elements (or keys) are of a session type with such a method is
// passed as spargo_rt.Elems(x, key, elem), which prints it as fmt does,
// calling the method through a function literal of the cell:
//
//	fmt.Println(temps)
//	fmt.Println(spargo_rt.Elems(temps, nil, func(spargo_e any) string { return spargo_e.(Celsius).String() }))
//
// Containers nested deeper, and pointers, print as before.

// printRE finds cells that may call a printing function.
var printRE = regexp.MustCompile(`\b(Print|Println|Printf|Sprint|Sprintln|Sprintf|Fprint|Fprintln|Fprintf|Errorf)\(`)

// printFuncs are the printing functions whose arguments are printed, by
// package path, with the index of their first printed argument.
var printFuncs = map[string]map[string]int{
	"fmt": {"Print": 0, "Println": 0, "Sprint": 0, "Sprintln": 0, "Fprint": 1, "Fprintln": 1,
		"Printf": 1, "Sprintf": 1, "Errorf": 1, "Fprintf": 2},
	"log": {"Print": 0, "Println": 0, "Printf": 1, "Fatal": 0, "Fatalln": 0, "Fatalf": 1, "Panic": 0, "Panicln": 0, "Panicf": 1},
}

// mayPrintMethods reports whether body prints and the session or body
// declares methods.
func (ta *checker) mayPrintMethods(body []chunk) bool {
	prints, methods := false, ta.methods
	for _, c := range body {
		prints = prints || printRE.MatchString(c.src)
		methods = methods || c.kind == kindDecl && len(c.src) > 6 && c.src[:6] == "func ("
	}
	return prints && methods
}

// printElems wraps the cell's printed containers of session values with
// String or Error methods.
func (c *checked) printElems() {
	ast.Inspect(c.f, func(n ast.Node) bool {
		for path, funcs := range printFuncs {
			for name, first := range funcs {
				call := c.stdCall(n, path, name)
				if call == nil || call.Ellipsis.IsValid() {
					continue
				}
				for i := first; i < len(call.Args); i++ {
					c.wrapElems(call.Args[i])
				}
			}
		}
		return true
	})
}

// wrapElems wraps arg if it is a container of values with methods (and
// not the operand of a %T, which typeVerbs replaced by a name).
func (c *checked) wrapElems(arg ast.Expr) {
	if c.named[arg] {
		return
	}
	var key, elem types.Type
	switch t := typeUnder(c.info.Types[arg].Type).(type) {
	case *types.Slice:
		elem = t.Elem()
	case *types.Array:
		elem = t.Elem()
	case *types.Map:
		key, elem = t.Key(), t.Elem()
	default:
		return
	}
	k, e := c.methodFunc(key), c.methodFunc(elem)
	if k == "nil" && e == "nil" {
		return
	}
	c.add(arg.Pos(), arg.Pos(), rtName+".Elems(")
	c.add(arg.End(), arg.End(), ", "+k+", "+e+")")
}

func typeUnder(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	return t.Underlying()
}

// methodFunc is a function literal calling the Error or String method of
// values of t (Error first, as fmt), or "nil" when t is not a session type
// with one.
func (c *checked) methodFunc(t types.Type) string {
	if t == nil || !sessionType(t, c.pkg) {
		return "nil"
	}
	if n, ok := types.Unalias(t).(*types.Named); ok && n.TypeArgs().Len() > 0 {
		return "nil" // a generic instance: its copy's name is the mono's business
	}
	ms := types.NewMethodSet(t)
	for _, m := range []string{"Error", "String"} {
		sel := ms.Lookup(c.pkg, m)
		if sel == nil {
			continue
		}
		if sig, ok := sel.Type().(*types.Signature); ok && sig.Params().Len() == 0 && sig.Results().Len() == 1 &&
			types.Identical(sig.Results().At(0).Type(), types.Typ[types.String]) {
			return "func(spargo_e any) string { return spargo_e.(" + c.typeString(t) + ")." + m + "() }"
		}
	}
	return "nil"
}
