// Bounded parallelism with a buffered-channel semaphore for thumbnail jobs.
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Image struct {
	Name string
	W, H int
}

type Thumb struct {
	Name       string
	TW, TH     int
	ScaledFrom string
}

func fit(w, h, box int) (int, int) {
	if w >= h {
		return box, (h*box + w/2) / w
	}
	return (w*box + h/2) / h, box
}

func main() {
	images := []Image{
		{"beach.jpg", 4000, 3000}, {"portrait.png", 1080, 1920}, {"logo.svg", 512, 512},
		{"banner.jpg", 3000, 600}, {"scan.tif", 2480, 3508}, {"icon.png", 64, 64},
		{"pano.jpg", 12000, 2000}, {"tall.gif", 300, 1200}, {"meme.jpg", 800, 800},
		{"chart.png", 1600, 900}, {"receipt.jpg", 720, 2400}, {"cover.jpg", 1400, 2100},
	}
	const limit = 3
	sem := make(chan struct{}, limit)
	var inFlight, peak atomic.Int32
	var mu sync.Mutex
	var thumbs []Thumb
	var wg sync.WaitGroup

	for _, img := range images {
		wg.Add(1)
		go func(img Image) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()

			cur := inFlight.Add(1)
			for {
				p := peak.Load()
				if cur <= p || peak.CompareAndSwap(p, cur) {
					break
				}
			}
			tw, th := fit(img.W, img.H, 160)
			t := Thumb{Name: img.Name, TW: tw, TH: th, ScaledFrom: fmt.Sprintf("%dx%d", img.W, img.H)}
			inFlight.Add(-1)

			mu.Lock()
			thumbs = append(thumbs, t)
			mu.Unlock()
		}(img)
	}
	wg.Wait()

	sort.Slice(thumbs, func(i, j int) bool { return thumbs[i].Name < thumbs[j].Name })
	fmt.Printf("generated %d thumbnails with concurrency limit %d\n", len(thumbs), limit)
	for _, t := range thumbs {
		ratio := "landscape"
		if t.TH > t.TW {
			ratio = "portrait"
		} else if t.TH == t.TW {
			ratio = "square"
		}
		fmt.Printf("  %-13s %11s -> %3dx%-3d %s\n", t.Name, t.ScaledFrom, t.TW, t.TH, ratio)
	}
	fmt.Printf("peak within limit: %v\n", peak.Load() >= 1 && peak.Load() <= limit)
	fmt.Printf("in flight after wait: %d\n", inFlight.Load())
	fmt.Printf("semaphore slots free: %d of %d\n", cap(sem)-len(sem), cap(sem))
}
