// Package kernelspec writes spargo's Jupyter kernelspecs: kernel.json (how
// Jupyter starts the kernel) and the logos the launcher shows.
package kernelspec

import (
	"bytes"
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"

	"github.com/spargo-kernel/spargo/kernel"
)

// Spec describes one kernel to install.
type Spec struct {
	Name        string // directory name, e.g. "spargo"
	DisplayName string
	Mode        string // plain, local or cluster
}

// Specs are the kernels spargo installs: one per session mode, not one per
// Spark version (the version is chosen per session). The Spark kernels
// start Spark on first use, not at kernel start.
var Specs = []Spec{
	{Name: "spargo", DisplayName: "Go (spargo)", Mode: "plain"},
	{Name: "spargo-local", DisplayName: "Go + Spark local (spargo)", Mode: "local"},
	{Name: "spargo-cluster", DisplayName: "Go + Spark cluster (spargo)", Mode: "cluster"},
}

// Install writes spec into kernelsDir/<name>, with binary as the program
// Jupyter runs. It overwrites an earlier install (idempotent).
func Install(kernelsDir, binary string, spec Spec, interruptMode string) (string, error) {
	dir := filepath.Join(kernelsDir, spec.Name)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("install kernelspec %s: %w", spec.Name, err)
	}
	kj := map[string]any{
		"argv":           []string{binary, "kernel", "--mode", spec.Mode, "-f", "{connection_file}"},
		"display_name":   spec.DisplayName,
		"language":       "go",
		"interrupt_mode": interruptMode,
		"env":            map[string]string{},
		"metadata":       map[string]any{"spargo_version": kernel.Version, "debugger": false},
	}
	b, _ := json.MarshalIndent(kj, "", "  ")
	files := map[string][]byte{
		"kernel.json":    append(b, '\n'),
		"logo-32x32.png": logo(32),
		"logo-64x64.png": logo(64),
		"logo-svg.svg":   []byte(logoSVG),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			return "", fmt.Errorf("install kernelspec %s: %w", spec.Name, err)
		}
	}
	return dir, nil
}

const logoSVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
<rect width="64" height="64" rx="12" fill="#00ADD8"/>
<path d="M32 10 L40 32 L32 54 L24 32 Z" fill="#F89A1C"/>
<circle cx="32" cy="32" r="5" fill="#FFFFFF"/>
</svg>
`

// logo draws the kernel's logo (Go blue with a spark) at size x size.
func logo(size int) []byte {
	img := image.NewRGBA(image.Rect(0, 0, size, size))
	blue := color.RGBA{0x00, 0xAD, 0xD8, 0xFF}
	orange := color.RGBA{0xF8, 0x9A, 0x1C, 0xFF}
	white := color.RGBA{0xFF, 0xFF, 0xFF, 0xFF}
	c := float64(size) / 2
	for y := 0; y < size; y++ {
		for x := 0; x < size; x++ {
			dx, dy := abs(float64(x)+0.5-c), abs(float64(y)+0.5-c)
			switch {
			case dx*dx+dy*dy < (c/6)*(c/6):
				img.Set(x, y, white)
			case dx/(c/4)+dy/(c*0.7) <= 1:
				img.Set(x, y, orange)
			default:
				img.Set(x, y, blue)
			}
		}
	}
	var buf bytes.Buffer
	_ = png.Encode(&buf, img)
	return buf.Bytes()
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}
