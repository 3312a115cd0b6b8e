package gointerp

import (
	"go/ast"
	"go/token"
	"go/types"
	"regexp"
	"strings"
)

// Methods promoted from an interface embedded in a struct:
//
//	type Loud struct {
//		Animal
//		times int
//	}
//
// yaegi panicked calling l.Name() ("invalid interface value"), and a Loud
// stored in an Animal could not call it either. The cell declares them,
// written out, after the type (on its last line, so lines keep their
// numbers):
//
//	func (spargo_s Loud) Name() string { return spargo_s.Animal.Name() }
//
// A method the struct declares itself, or that two embedded fields both
// promote, is not written. (The receiver is named spargo_s: liftTypes
// gives such methods the hidden name of a redefined type.)

// embeddedRE finds a struct type with a field that is only a type name:
// an embedded field.
var embeddedRE = regexp.MustCompile(`(?s)^type\b.*\bstruct\s*\{.*(\{|;|\n)\s*\*?[\pL_][\w.]*\s*(//[^\n]*)?(\n|;|\})`)

// declaresEmbedded reports whether body declares a struct type that may
// embed a field.
func declaresEmbedded(body []chunk) bool { return anyDecl(body, embeddedRE.MatchString) }

// embeddedMethods declares the methods the cell's struct types promote
// from embedded interfaces.
func (c *checked) embeddedMethods() {
	for _, d := range c.f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.TYPE || c.chunkAt(gd.Pos()) < 0 {
			continue
		}
		var methods []string
		for _, sp := range gd.Specs {
			if ts, ok := sp.(*ast.TypeSpec); ok && ts.TypeParams == nil && !ts.Assign.IsValid() {
				methods = append(methods, c.promoted(ts)...)
			}
		}
		if len(methods) > 0 {
			c.add(gd.End(), gd.End(), "; "+strings.Join(methods, "; "))
		}
	}
}

// promoted writes the methods type ts promotes from its embedded
// interfaces.
func (c *checked) promoted(ts *ast.TypeSpec) []string {
	obj, ok := c.info.Defs[ts.Name].(*types.TypeName)
	if !ok {
		return nil
	}
	named, ok := obj.Type().(*types.Named)
	if !ok {
		return nil
	}
	st, ok := named.Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	var out []string
	for i := range st.NumFields() {
		f := st.Field(i)
		if f.Embedded() && !types.IsInterface(f.Type()) {
			out = append(out, c.promotedNative(named, ts.Name.Name, i, f)...)
			continue
		}
		iface, ok := f.Type().Underlying().(*types.Interface)
		if !f.Embedded() || !ok || !c.nameable(f.Type()) {
			continue
		}
		for j := range iface.NumMethods() {
			m := iface.Method(j)
			sel, index, _ := types.LookupFieldOrMethod(named, false, c.pkg, m.Name())
			if sel == nil || len(index) != 2 || index[0] != i {
				continue // declared on the struct, ambiguous, or from another field
			}
			out = append(out, c.forwarder(ts.Name.Name, f.Name(), m.Name(), m.Type().(*types.Signature)))
		}
	}
	return out
}

// forwarder writes method name of type recv calling that of its field.
func (c *checked) forwarder(recv, field, name string, sig *types.Signature) string {
	params, args, results := signatureText(sig, "spargo_p", c.typeString)
	call := "spargo_s." + field + "." + name + "(" + strings.Join(args, ", ") + ")"
	if sig.Results().Len() > 0 {
		call = "return " + call
	}
	return "func (spargo_s " + recv + ") " + name + "(" + strings.Join(params, ", ") + ") " + results + " { " + call + " }"
}

// promotedNative writes the methods a struct promotes from field i, an
// embedded type of another package (`type writer struct{
// strings.Builder }`): yaegi called them, but a *writer was not an
// io.Writer to fmt.Fprintf ("cannot use type *main.writer as type
// io.Writer"). A method of the field's pointer is written on the
// struct's pointer.
func (c *checked) promotedNative(named *types.Named, recv string, i int, f *types.Var) []string {
	t := f.Type()
	ptr := false
	if p, ok := t.(*types.Pointer); ok {
		t, ptr = p.Elem(), true
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg() == c.pkg || n.TypeArgs().Len() > 0 || !c.nameable(n) {
		return nil
	}
	var out []string
	mset := types.NewMethodSet(types.NewPointer(n))
	for j := range mset.Len() {
		m := mset.At(j).Obj().(*types.Func)
		if !m.Exported() {
			continue
		}
		sel, index, _ := types.LookupFieldOrMethod(types.NewPointer(named), false, c.pkg, m.Name())
		if sel == nil || len(index) != 2 || index[0] != i {
			continue // declared on the struct, ambiguous, or from another field
		}
		_, ptrRecv := m.Type().(*types.Signature).Recv().Type().(*types.Pointer)
		r := recv
		if ptrRecv && !ptr {
			r = "*" + recv
		}
		out = append(out, c.forwarder(r, f.Name(), m.Name(), m.Type().(*types.Signature)))
	}
	return out
}
