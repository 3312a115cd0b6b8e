// Package display is the rich-output API of Go cells: it is available in
// every cell as `display` without an import. Functions publish Jupyter
// display_data; a Display created with NewDisplay can be updated in place.
//
// The kernel binds the package to the running session through Publisher,
// so this package depends on nothing in the kernel.
package display

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"image"
	"image/png"
	"reflect"
	"sort"
	"strings"

	"github.com/google/uuid"
)

// Publisher is what the kernel provides to this package.
type Publisher interface {
	Display(data, metadata map[string]any, displayID string, update bool)
	Clear(wait bool)
	Input(prompt string, password bool) (string, error)
}

// Bundle maps MIME types to data.
type Bundle = map[string]any

// Display is an output area that can be replaced later: the first call
// shows it, later calls update it in place (update_display_data).
type Display struct {
	ID    string
	shown bool
	pub   Publisher
}

// Show publishes b in the display.
func (d *Display) Show(b Bundle) {
	d.pub.Display(b, nil, d.ID, d.shown)
	d.shown = true
}

// HTML shows HTML in the display.
func (d *Display) HTML(s string) { d.Show(HTMLBundle(s)) }

// Markdown shows Markdown in the display.
func (d *Display) Markdown(s string) { d.Show(MarkdownBundle(s)) }

// Text shows plain text in the display.
func (d *Display) Text(s string) { d.Show(Bundle{"text/plain": s}) }

// String is what a Display shows as a value: its id.
func (d *Display) String() string { return "display " + d.ID }

// HTMLBundle is the MIME bundle of an HTML fragment.
func HTMLBundle(s string) Bundle { return Bundle{"text/html": s, "text/plain": "<HTML>"} }

// MarkdownBundle is the MIME bundle of Markdown text.
func MarkdownBundle(s string) Bundle { return Bundle{"text/markdown": s, "text/plain": s} }

// ImageBundle encodes raw image bytes of a MIME type (image/png, image/jpeg).
func ImageBundle(mime string, b []byte) Bundle {
	return Bundle{mime: base64.StdEncoding.EncodeToString(b), "text/plain": fmt.Sprintf("<%s image, %d bytes>", mime, len(b))}
}

// JSONBundle renders v as application/json (a JSON value, not a string).
func JSONBundle(v any) (Bundle, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("display.JSON: %w", err)
	}
	var data any
	_ = json.Unmarshal(b, &data)
	pretty, _ := json.MarshalIndent(data, "", "  ")
	return Bundle{"application/json": data, "text/plain": string(pretty)}, nil
}

// Symbols returns the package's symbols for the interpreter, bound to pub.
// The key is the import path "spargo/display/display" as yaegi expects.
func Symbols(pub Publisher) map[string]map[string]reflect.Value {
	show := func(b Bundle) {
		if _, ok := b["text/plain"]; !ok {
			// Every output needs a plain-text form (nbconvert to text,
			// consoles); name the richest type shown.
			b = withPlain(b)
		}
		pub.Display(b, nil, "", false)
	}
	img := func(mime string) func([]byte) { return func(b []byte) { show(ImageBundle(mime, b)) } }
	syms := map[string]reflect.Value{
		"Bundle":      reflect.ValueOf((*Bundle)(nil)),
		"Display":     reflect.ValueOf((*Display)(nil)),
		"HTML":        reflect.ValueOf(func(s string) { show(HTMLBundle(s)) }),
		"Markdown":    reflect.ValueOf(func(s string) { show(MarkdownBundle(s)) }),
		"Text":        reflect.ValueOf(func(s string) { show(Bundle{"text/plain": s}) }),
		"SVG":         reflect.ValueOf(func(s string) { show(Bundle{"image/svg+xml": s, "text/plain": "<SVG>"}) }),
		"PNG":         reflect.ValueOf(img("image/png")),
		"JPEG":        reflect.ValueOf(img("image/jpeg")),
		"Data":        reflect.ValueOf(show),
		"Clear":       reflect.ValueOf(pub.Clear),
		"Input":       reflect.ValueOf(func(prompt string) (string, error) { return pub.Input(prompt, false) }),
		"Password":    reflect.ValueOf(func(prompt string) (string, error) { return pub.Input(prompt, true) }),
		"NewDisplay":  reflect.ValueOf(func() *Display { return &Display{ID: uuid.NewString(), pub: pub} }),
		"HTMLBundle":  reflect.ValueOf(HTMLBundle),
		"ImageBundle": reflect.ValueOf(ImageBundle),
		"JSON": reflect.ValueOf(func(v any) error {
			b, err := JSONBundle(v)
			if err == nil {
				show(b)
			}
			return err
		}),
		"Image": reflect.ValueOf(func(m image.Image) error {
			var buf bytes.Buffer
			if err := png.Encode(&buf, m); err != nil {
				return fmt.Errorf("display.Image: %w", err)
			}
			show(ImageBundle("image/png", buf.Bytes()))
			return nil
		}),
	}
	return map[string]map[string]reflect.Value{"spargo/display/display": syms}
}

// withPlain returns b plus a text/plain placeholder naming its MIME types.
func withPlain(b Bundle) Bundle {
	out := Bundle{}
	var types []string
	for k, v := range b {
		out[k] = v
		types = append(types, k)
	}
	sort.Strings(types)
	out["text/plain"] = "<" + strings.Join(types, ", ") + ">"
	return out
}

// SpargoHidden keeps a Display from being shown again as a cell's value.
func (d *Display) SpargoHidden() {}
