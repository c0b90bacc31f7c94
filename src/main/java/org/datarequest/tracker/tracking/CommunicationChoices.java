package org.datarequest.tracker.tracking;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.datarequest.tracker.communication.Communication;
import org.datarequest.tracker.communication.Communications;
import org.datarequest.tracker.request.DataRequest;

/**
 * The communications an editor can cite as the source of a save, for the editors' templates
 * ({@code inject:communicationChoices.of(request)}): one statement per page, whatever the number of fields.
 */
@Named("communicationChoices")
@RequestScoped
public class CommunicationChoices {

    private List<Communication> loaded;

    public List<Communication> of(DataRequest request) {
        if (loaded == null) {
            loaded = Communications.of(request, null);
        }
        return loaded;
    }
}
