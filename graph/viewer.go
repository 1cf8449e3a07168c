package graph

import (
	"github.com/rosterhq/roster/graph/model"
	"github.com/rosterhq/roster/internal/viewer"
)

// viewerKind names the kind of caller in the API. The system viewer never
// reaches the API; should it, it shows as anonymous rather than leak.
func viewerKind(v *viewer.Viewer) model.ViewerKind {
	switch v.Kind {
	case viewer.User:
		return model.ViewerKindUser
	case viewer.APIKey:
		return model.ViewerKindAPIKey
	default:
		return model.ViewerKindAnonymous
	}
}
