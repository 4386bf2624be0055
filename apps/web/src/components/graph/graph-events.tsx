'use client';

import { useRegisterEvents, useSigma } from '@react-sigma/core';
import { useEffect } from 'react';

export interface GraphEventsProps {
  onSelect: (id: string | null) => void;
  onHoverNode: (id: string | null) => void;
  onHoverEdge: (id: string | null) => void;
}

/** Controller: clicks select a concept (the stage clears it), hovering a node or edge reports it. */
export function GraphEvents({ onSelect, onHoverNode, onHoverEdge }: GraphEventsProps) {
  const registerEvents = useRegisterEvents();
  const sigma = useSigma();
  useEffect(() => {
    const container = sigma.getContainer();
    registerEvents({
      clickNode: (event) => onSelect(event.node),
      clickStage: () => onSelect(null),
      enterNode: (event) => {
        container.style.cursor = 'pointer';
        onHoverNode(event.node);
      },
      leaveNode: () => {
        container.style.cursor = '';
        onHoverNode(null);
      },
      enterEdge: (event) => onHoverEdge(event.edge),
      leaveEdge: () => onHoverEdge(null),
    });
  }, [registerEvents, sigma, onSelect, onHoverNode, onHoverEdge]);
  return null;
}
