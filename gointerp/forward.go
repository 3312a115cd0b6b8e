package gointerp

import (
	"fmt"
	"go/types"
	"strconv"
	"strings"
)

// Standard-library values asserted to an interface a cell declares or
// writes as a literal. yaegi's assertion of a value of a compiled type to
// an interpreted interface type is false, so `err.(interface{ Unwrap()
// []error })` on what errors.Join returns, or `err.(interface{ Unwrap()
// error })` on fmt.Errorf's, never held. The assertion helper
// (ifaceassert.go) then asks rt whether the value's compiled type has the
// interface's methods, and gives a forwarder: a struct of the cell's that
// holds the value and implements the interface by calling the methods
// through reflect (spargo_rt.CallMethod):
//
//	type spargo_fw_1a2b3c4d struct{ spargo_v any }
//	func (spargo_s spargo_fw_1a2b3c4d) Unwrap() []error { spargo_r := spargo_rt.CallMethod(spargo_s.spargo_v, "Unwrap"); r0, _ := spargo_r[0].([]error); return r0 }
//
// The forwarder prints as a struct holding the value ({ctx: a}), where Go
// prints the value itself. Its receiver is named spargo_s, so that when a
// redefined interface gets its forwarder again, liftTypes' rename of the
// type takes the methods along.

// forwarder returns the declarations of the forwarder for interface t
// (named name in the helpers) and the test of a value x for the helper;
// "" when t is the standard library's (yaegi asserts to those) or has a
// method it cannot write (variadic, or naming a type it cannot).
func (a *asserter) forwarder(name string, t types.Type, iface *types.Interface) (decl, test string) {
	if n, ok := t.(*types.Named); ok && n.Obj().Pkg() != a.c.pkg {
		return "", ""
	}
	fw := "spargo_fw_" + name
	var b strings.Builder
	fmt.Fprintf(&b, "type %s struct{ spargo_v any }", fw)
	var sigs []string
	for i := range iface.NumMethods() {
		m := iface.Method(i)
		sig := m.Type().(*types.Signature)
		if sig.Variadic() || !m.Exported() {
			return "", ""
		}
		var params, args, results, vals []string
		for j := range sig.Params().Len() {
			p := sig.Params().At(j).Type()
			if !a.c.writable(p) {
				return "", ""
			}
			params = append(params, fmt.Sprintf("spargo_p%d %s", j, a.c.typeString(p)))
			args = append(args, fmt.Sprintf("spargo_p%d", j))
		}
		var conv []string
		for j := range sig.Results().Len() {
			r := sig.Results().At(j).Type()
			if !a.c.writable(r) {
				return "", ""
			}
			results = append(results, a.c.typeString(r))
			conv = append(conv, fmt.Sprintf("r%d, _ := spargo_r[%d].(%s);", j, j, a.c.typeString(r)))
			vals = append(vals, fmt.Sprintf("r%d", j))
		}
		call := fmt.Sprintf("spargo_r := %s.CallMethod(spargo_s.spargo_v, %q%s);", rtName, m.Name(), prefixEach(", ", args))
		if len(results) == 0 {
			call = fmt.Sprintf("%s.CallMethod(spargo_s.spargo_v, %q%s);", rtName, m.Name(), prefixEach(", ", args))
		}
		fmt.Fprintf(&b, "\nfunc (spargo_s %s) %s(%s) (%s) { %s %s return %s }", fw, m.Name(), strings.Join(params, ", "),
			strings.Join(results, ", "), call, strings.Join(conv, " "), strings.Join(vals, ", "))
		sigs = append(sigs, strconv.Quote(fmt.Sprintf("%s/%d/%d/%s|%s", m.Name(), sig.Params().Len(), sig.Results().Len(),
			a.c.reflectNames(sig.Params()), a.c.reflectNames(sig.Results()))))
	}
	return b.String(), fmt.Sprintf("%s.NativeHas(x, %s)", rtName, strings.Join(sigs, ", ")) + " { return " + fw + "{x}, true }"
}

// reflectNames writes the types of tuple as reflect names them, comma
// separated, for rt.NativeHas to compare with a method's: "?" for one that
// names a cell's type (reflect names it otherwise) or is written with a
// separator. So `Unwrap() []error` is not taken for `Unwrap() error`.
func (c *checked) reflectNames(tuple *types.Tuple) string {
	names := make([]string, tuple.Len())
	for i := range tuple.Len() {
		t := tuple.At(i).Type()
		name := types.TypeString(t, func(p *types.Package) string { return p.Name() })
		if mentionsSession(t, c.pkg) || funcMentionsSession(t, c.pkg) || strings.ContainsAny(name, ",/|") || isEmptyIface(t) {
			name = "?"
		}
		names[i] = name
	}
	return strings.Join(names, ",")
}

// prefixEach writes each of xs after sep.
func prefixEach(sep string, xs []string) string {
	var b strings.Builder
	for _, x := range xs {
		b.WriteString(sep + x)
	}
	return b.String()
}
