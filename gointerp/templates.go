package gointerp

import (
	"fmt"
	"go/ast"
	"go/types"
	"regexp"
	"strings"
)

// Methods of the cell's types in text/template (rt/template.go): each
// template a cell executes goes through spargo_rt.Templated with a
// function of the cell that calls the session's types' methods by name:
//
//	t.Execute(w, inv)    →    spargo_rt.TemplateError(spargo_rt.Templated(t, func(spargo_v any, spargo_n string, spargo_a []any, spargo_show bool) (any, bool, error) {
//	                              switch spargo_x := spargo_v.(type) { case Invoice: spargo_p := spargo_x; switch spargo_n {
//	                              case "": return "main.Invoice", true, nil; case "Total": if len(spargo_a) == 0 { return spargo_p.Total(), true, nil } } ... }
//	                              return nil, false, nil }).Execute(w, inv))
//
// A value of a type with a String method, from a field or a method, is
// its String method's result where the template prints it.

// templateExecRE finds cells that may execute a template.
var templateExecRE = regexp.MustCompile(`\.Execute(Template)?\(`)

// templateExecs lowers the cell's executions of text/template and
// html/template templates.
func (c *checked) templateExecs() {
	ast.Inspect(c.f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || c.chunkAt(call.Pos()) < 0 {
			return true
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		fn, ok := c.info.Uses[sel.Sel].(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Name() != "Execute" && fn.Name() != "ExecuteTemplate" {
			return true
		}
		wrap := map[string]string{"text/template": ".Templated(", "html/template": ".TemplatedHTML("}[fn.Pkg().Path()]
		if wrap == "" {
			return true
		}
		data := call.Args[len(call.Args)-1]
		methods := c.templateMethods(c.templateTypes(c.typeOf(data)))
		// (at one place the later insertion goes outside: applyEdits)
		c.add(sel.X.Pos(), sel.X.Pos(), rtName+wrap)
		c.add(call.Pos(), call.Pos(), rtName+".TemplateError(")
		c.add(sel.X.End(), sel.X.End(), ", "+methods+")")
		c.add(call.End(), call.End(), ")")
		return true
	})
}

// templateTypes lists the session's types a template's data of type t may
// hold: those its fields, elements and methods' results reach, or, for
// data of an interface type, all of them. (Fewer cases, fewer chances for
// one of a long session's types to fail the cell.)
func (c *checked) templateTypes(t types.Type) []*types.Named {
	all := c.sessionNamed(func(n *types.Named) bool { return !types.IsInterface(n) })
	if t == nil {
		return all
	}
	seen := map[types.Type]bool{}
	var out []*types.Named
	var walk func(t types.Type)
	walk = func(t types.Type) {
		if t == nil || seen[t] {
			return
		}
		seen[t] = true
		if types.IsInterface(t) {
			out = all
			return
		}
		if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() == c.pkg && n.TypeArgs().Len() == 0 {
			out = append(out, n)
			mset := types.NewMethodSet(types.NewPointer(n))
			for i := range mset.Len() {
				sig := mset.At(i).Obj().Type().(*types.Signature)
				if sig.Results().Len() > 0 {
					walk(sig.Results().At(0).Type())
				}
			}
		}
		switch u := t.Underlying().(type) {
		case *types.Pointer:
			walk(u.Elem())
		case *types.Slice:
			walk(u.Elem())
		case *types.Array:
			walk(u.Elem())
		case *types.Map:
			walk(u.Elem())
		case *types.Struct:
			for i := range u.NumFields() {
				walk(u.Field(i).Type())
			}
		}
	}
	walk(t)
	if len(out) > len(all) {
		return all
	}
	return out
}

// templateMethods writes the function that calls the methods of the
// session's types named by name, for templates ("nil" when there are
// none). With "" for a name it gives the type's name, for errors.
func (c *checked) templateMethods(named []*types.Named) string {
	var cases []string
	for _, n := range named {
		if !c.writable(n) || isLocalType(n, c.pkg) {
			continue
		}
		var ms []string
		mset := types.NewMethodSet(types.NewPointer(n))
		for i := range mset.Len() {
			if m := c.templateMethod(mset.At(i).Obj().(*types.Func)); m != "" {
				ms = append(ms, m)
			}
		}
		if st, ok := n.Underlying().(*types.Struct); ok {
			// fields of types with a String method, which a template
			// prints through it
			for i := range st.NumFields() {
				f := st.Field(i)
				if f.Exported() && !f.Embedded() && mset.Lookup(c.pkg, f.Name()) == nil && c.stringer(f.Type()) {
					ms = append(ms, fmt.Sprintf("case %q: if len(spargo_a) == 0 { %s }", f.Name(), shown("spargo_p."+f.Name())))
				}
			}
		}
		if len(ms) == 0 {
			continue
		}
		ts := c.typeString(n)
		name := strings.Join(strings.Fields("main."+ts), "")
		body := func(name string) string {
			return fmt.Sprintf("switch spargo_n { case \"\": return %q, true, nil; %s }", name, strings.Join(ms, "; "))
		}
		cases = append(cases, "case "+ts+": spargo_p := spargo_x; "+body(name), "case *"+ts+": spargo_p := spargo_x; "+body("*"+name))
	}
	if len(cases) == 0 {
		return "nil"
	}
	return "func(spargo_v any, spargo_n string, spargo_a []any, spargo_show bool) (any, bool, error) { switch spargo_x := spargo_v.(type) { " +
		strings.Join(cases, "; ") + " }; return nil, false, nil }"
}

// shown returns value, or, where the template prints it (spargo_show),
// its String method's result: yaegi's value reaches the template without
// the method.
func shown(value string) string {
	return "spargo_r := " + value + "; if spargo_show { return spargo_r.String(), true, nil }; return spargo_r, true, nil"
}

// stringer reports whether t is a session type (not an interface) with a
// String method.
func (c *checked) stringer(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() != c.pkg || types.IsInterface(n) {
		return false
	}
	m := types.NewMethodSet(n).Lookup(c.pkg, "String")
	if m == nil {
		return false
	}
	sig := m.Obj().Type().(*types.Signature)
	return sig.Params().Len() == 0 && sig.Results().Len() == 1 && types.Identical(sig.Results().At(0).Type(), types.Typ[types.String])
}

// templateMethod writes the case of the method switch that calls m on
// spargo_p, or "" for a method a template cannot call (unexported, with no
// result, or with types the cell cannot write).
func (c *checked) templateMethod(m *types.Func) string {
	sig := m.Type().(*types.Signature)
	if !m.Exported() || sig.Variadic() || !c.writable(sig) || isLocalType(sig, c.pkg) {
		return ""
	}
	res := sig.Results()
	if res.Len() == 0 || res.Len() > 2 || res.Len() == 2 && !isErrorType(res.At(1).Type()) {
		return ""
	}
	var args []string
	for i := range sig.Params().Len() {
		p := sig.Params().At(i).Type()
		ps := c.typeString(p)
		a := fmt.Sprintf("spargo_a[%d]", i)
		if _, basic := under(p).(*types.Basic); basic {
			a = rtName + ".As(" + a + ", *new(" + ps + "))"
		}
		args = append(args, a+".("+ps+")")
	}
	call := "spargo_p." + m.Name() + "(" + strings.Join(args, ", ") + ")"
	ret := "return " + call + ", true, nil"
	switch {
	case res.Len() == 2:
		ret = "spargo_r, spargo_e := " + call + "; return spargo_r, true, spargo_e"
	case c.stringer(res.At(0).Type()) && m.Name() != "String":
		ret = shown(call)
	}
	return fmt.Sprintf("case %q: if len(spargo_a) == %d { %s }", m.Name(), sig.Params().Len(), ret)
}
